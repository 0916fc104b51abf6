// Goroutine function names shared between the state panel (which learns them
// from snapshots) and the timeline (which shows them on hover). Bounded.

const MAX_NAMES = 20000;
const names = new Map<number, string>();

export function rememberGoroutineName(goid: number, func: string): void {
  if (!func) return;
  if (names.get(goid) === func) return;
  names.delete(goid);
  names.set(goid, func);
  if (names.size > MAX_NAMES) {
    const oldest = names.keys().next();
    if (!oldest.done) names.delete(oldest.value);
  }
}

export function goroutineName(goid: number): string | undefined {
  return names.get(goid);
}

export function forgetGoroutineNames(): void {
  names.clear();
}

// Revealing a goroutine (a click on the timeline): the state panel registers
// how (select its row, show its line in the editor).
let revealer: ((goid: number) => boolean) | null = null;

export function setGoroutineRevealer(f: ((goid: number) => boolean) | null): void {
  revealer = f;
}

/** Reveals a goroutine through the state panel; false if it is not known. */
export function revealGoroutine(goid: number): boolean {
  return revealer ? revealer(goid) : false;
}
