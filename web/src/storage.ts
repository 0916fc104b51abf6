// localStorage, guarded: private windows, disabled storage and full quotas
// throw; the page then simply forgets.
export function load(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function save(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // storage unavailable: nothing to do
  }
}

export function loadJSON<T>(key: string, valid: (v: unknown) => v is T): T | null {
  const text = load(key);
  if (text === null) return null;
  try {
    const v: unknown = JSON.parse(text);
    return valid(v) ? v : null;
  } catch {
    return null;
  }
}
