// The compact state line of a widget, from a snapshot (docs/snapshot.md):
// "3 goroutines: 2 chan receive, 1 running".
interface G { status: string; waitReason?: string }

export function summarize(json: string | null | undefined): string {
  if (!json) return '';
  let snap: { numGoroutine?: number; goroutines?: G[] };
  try {
    snap = JSON.parse(json) as typeof snap;
  } catch {
    return '';
  }
  const gs = Array.isArray(snap.goroutines) ? snap.goroutines : [];
  const counts = new Map<string, number>();
  for (const g of gs) {
    const what = g.status === 'waiting' ? (g.waitReason || 'waiting') : g.status;
    counts.set(what, (counts.get(what) ?? 0) + 1);
  }
  const n = typeof snap.numGoroutine === 'number' ? snap.numGoroutine : gs.length;
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v} ${k}`);
  return `${n} goroutine${n === 1 ? '' : 's'}${parts.length ? ': ' + parts.join(', ') : ''}`;
}
