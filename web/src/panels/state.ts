// The state panel: goroutines, channels, sync objects and Ps of the running
// program, from the snapshots of docs/snapshot.md. Live while the program
// runs (update), frozen at exit (freeze). Everything that comes from the
// program (names, values, files) goes in with textContent only.
import './panels.css';
import type {
  ChannelInfo,
  CondInfo,
  GoroutineInfo,
  MutexInfo,
  ProcInfo,
  RWMutexInfo,
  Snapshot,
  WaitGroupInfo,
  WaitingOn,
} from './types';
import { forgetGoroutineNames, rememberGoroutineName, setGoroutineRevealer } from './names';

export interface StatePanel {
  readonly element: HTMLElement;
  update(snapshot: Snapshot): void;
  freeze(snapshot: Snapshot | null, reason: string): void;
  clear(): void;
}

/** Rows rendered per section at most; the rest is summarised by a "… N more" line. */
export const MAX_ROWS = 500;
/** Parked goroutines identical in function, place, wait reason and object are
 *  shown as one row when there are at least this many of them. */
const GROUP_MIN = 3;
/** Buffered values shown per channel at most. */
const MAX_CHIPS = 32;
/** Goroutine ids listed in one "waiters: ..." text at most. */
const MAX_IDS = 12;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  return e;
}

// What was last written to an element, kept on the element so that repeated
// pushes touch the DOM only where something changed.
const TEXT = Symbol('gppText');
const ATTRS = Symbol('gppAttrs');
type Cached = HTMLElement & { [TEXT]?: string; [ATTRS]?: Record<string, string> };

/** Sets text only when it changed. */
function put(e: HTMLElement, text: string): void {
  const c = e as Cached;
  if (c[TEXT] === text) return;
  c[TEXT] = text;
  e.textContent = text;
}

/** Sets an attribute only when it changed. */
function attr(e: HTMLElement, name: string, value: string): void {
  const c = e as Cached;
  const a = (c[ATTRS] ??= {});
  if (a[name] === value) return;
  a[name] = value;
  e.setAttribute(name, value);
}

/** Sets the class list only when it changed. */
function cls(e: HTMLElement, value: string): void {
  attr(e, 'class', value);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function idList(ids: readonly number[] | undefined): string {
  if (!ids || ids.length === 0) return '';
  const shown = ids.slice(0, MAX_IDS).map((id) => `G${id}`).join(', ');
  return ids.length > MAX_IDS ? `${shown} +${ids.length - MAX_IDS}` : shown;
}

function arr<T>(a: T[] | undefined | null): T[] {
  return Array.isArray(a) ? a : [];
}

// ---------------------------------------------------------------------------
// A list of rows that are reused between pushes.

interface Row {
  readonly root: HTMLElement;
}

class RowList<R extends Row, T> {
  readonly element: HTMLElement;
  private readonly rows: R[] = [];
  private readonly more: HTMLElement;
  private readonly empty: HTMLElement;

  constructor(
    private readonly make: () => R,
    private readonly fill: (row: R, item: T) => void,
    emptyText: string,
  ) {
    this.element = el('div', 'gpp-list');
    this.more = el('div', 'gpp-more');
    this.empty = el('div', 'gpp-empty');
    this.empty.textContent = emptyText;
  }

  render(items: readonly T[], total: number = items.length, moreText?: string): void {
    const n = Math.min(items.length, MAX_ROWS);
    while (this.rows.length < n) {
      const r = this.make();
      this.rows.push(r);
    }
    for (let i = 0; i < n; i++) {
      const r = this.rows[i]!;
      this.fill(r, items[i]!);
      if (r.root.parentNode !== this.element || r.root !== this.element.children[i]) {
        this.element.insertBefore(r.root, this.element.children[i] ?? null);
      }
    }
    for (let i = n; i < this.rows.length; i++) this.rows[i]!.root.remove();
    // moreText: the caller knows of rows beyond items (a snapshot that
    // lists only the oldest goroutines), so it shows even when none of
    // items is hidden.
    const hidden = total - n;
    if (hidden > 0 || moreText !== undefined) {
      put(this.more, moreText ?? `… ${hidden} more`);
      this.element.append(this.more);
    } else {
      this.more.remove();
    }
    if (total === 0) this.element.append(this.empty);
    else this.empty.remove();
  }

  forEachRow(f: (row: R) => void): void {
    for (const r of this.rows) if (r.root.isConnected) f(r);
  }
}

// ---------------------------------------------------------------------------
// Sections

class Section {
  readonly element: HTMLDetailsElement;
  private readonly count: HTMLElement;
  constructor(title: string, name: string, readonly body: HTMLElement) {
    this.element = el('details', 'gpp-sec');
    this.element.open = true;
    this.element.dataset.section = name;
    const summary = el('summary');
    summary.append(title);
    this.count = el('span', 'gpp-count');
    summary.append(this.count);
    this.element.append(summary, body);
  }
  setCount(text: string): void {
    put(this.count, text);
  }
}

// ---------------------------------------------------------------------------
// Goroutines

interface GItem {
  g: GoroutineInfo;
  /** All members when several parked goroutines alike are grouped. */
  ids: number[];
  line: number;
  /** How many different objects the members wait on (1 when not grouped). */
  objects: number;
}

interface GRow extends Row {
  root: HTMLButtonElement;
  id: HTMLElement;
  main: HTMLElement;
  where: HTMLElement;
  count: HTMLElement;
  status: HTMLElement;
  reason: HTMLElement;
  on: HTMLElement;
  sub: HTMLElement;
  item: GItem | null;
}

function waitKey(w: WaitingOn | undefined): string {
  if (!w) return '';
  if (w.kind === 'select') return 'select:' + arr(w.chans).map((c) => `${c.dir}${c.id}`).join(',');
  return `${w.kind}:${w.id}`;
}

const KIND_NAMES: Record<string, string> = {
  chan: 'chan',
  mutex: 'Mutex',
  rwmutex: 'RWMutex',
  waitgroup: 'WaitGroup',
  cond: 'Cond',
  sema: 'semaphore',
  timer: 'timer',
};

export function createStatePanel(opts: { onRevealLine(line: number): void }): StatePanel {
  const element = el('section', 'gpp-state');
  element.setAttribute('aria-label', 'Program state');
  const header = el('div', 'gpp-header');
  // Announced to screen readers only when a run ends (not at every push).
  const announce = el('div', 'gpp-sr');
  announce.setAttribute('role', 'status');
  const body = el('div', 'gpp-body');
  element.append(header, announce, body);

  // Names of objects in the current snapshot, for "waits on ..." texts.
  let chanNames = new Map<number, string>();
  let objNames = new Map<number, string>();
  let chanLabels = new Map<number, string>();
  let objLabels = new Map<number, string>();
  let userFile = '';
  let selected = 0;
  let last: Snapshot | null = null;
  let pending: Snapshot | null = null;
  let raf = 0;
  let frozen = false;

  const isUserFile = (file: string): boolean =>
    file !== '' && (file === userFile || (userFile === '' && !file.includes('/')));

  /** The line of the user's program to reveal for a goroutine: where it is if
   *  that is in the program, else its go statement. 0 if neither. */
  const revealLine = (g: GoroutineInfo): number => {
    if (g.line > 0 && isUserFile(g.file)) return g.line;
    const c = g.createdAt;
    if (c && c.line > 0 && isUserFile(c.file)) return c.line;
    return 0;
  };

  const objName = (w: WaitingOn): string => {
    if (w.kind === 'select') {
      const cases = arr(w.chans).map((c) => `${c.dir} ${chanNames.get(c.id) ?? `chan #${c.id}`}`);
      return cases.length ? cases.join(', ') : 'no channels';
    }
    if (w.kind === 'chan') return chanNames.get(w.id) ?? `chan #${w.id}`;
    if (w.id === 0) return `${KIND_NAMES[w.kind] ?? w.kind} (unregistered)`;
    return objNames.get(w.id) ?? `${KIND_NAMES[w.kind] ?? w.kind} #${w.id}`;
  };

  // ---- goroutines
  const selectRows = (): void =>
    gList.forEachRow((r) => cls(r.root, r.item?.ids.includes(selected) ? 'gpp-row gpp-g gpp-selected' : 'gpp-row gpp-g'));

  const makeGRow = (): GRow => {
    const root = el('button', 'gpp-row gpp-g');
    root.type = 'button';
    const id = el('span', 'gpp-id');
    const main = el('span', 'gpp-main');
    const where = el('span', 'gpp-where');
    const sub = el('span', 'gpp-sub');
    const count = el('span', 'gpp-badge gpp-times');
    const status = el('span');
    const reason = el('span', 'gpp-reason');
    const on = el('span', 'gpp-on');
    sub.append(count, status, reason, on);
    root.append(id, main, where, sub);
    const row: GRow = { root, id, main, where, count, status, reason, on, sub, item: null };
    root.addEventListener('click', () => {
      const it = row.item;
      if (!it) return;
      selected = it.g.id;
      selectRows();
      if (it.line > 0) opts.onRevealLine(it.line);
    });
    return row;
  };
  const fillGRow = (r: GRow, it: GItem): void => {
    r.item = it;
    const g = it.g;
    const n = it.ids.length;
    put(r.id, `G${g.id}`);
    put(r.count, n > 1 ? `×${n}` : '');
    attr(r.count, 'title', n > 1 ? `${n} goroutines alike` : '');
    put(r.main, g.func || '(unknown)');
    attr(r.main, 'title', g.file ? `${g.func} at ${g.file}:${g.line}` : g.func);
    let where: string;
    if (g.file === '' && g.line === 0) where = '';
    else if (isUserFile(g.file)) where = `line ${g.line}`;
    else where = `${g.file}:${g.line}`;
    put(r.where, where);
    const status = String(g.status);
    cls(r.status, `gpp-status-${status}`);
    put(r.status, status);
    put(r.reason, g.waitReason ? `: ${g.waitReason}` : '');
    let on = '';
    if (g.waitingOn) {
      on = ` on ${objName(g.waitingOn)}`;
      if (it.objects > 1) on += ` and ${it.objects - 1} more like it`;
    }
    if (n > 1) on += ` · also ${idList(it.ids.slice(1))}`;
    if (it.line > 0 && !isUserFile(g.file) && g.createdAt && isUserFile(g.createdAt.file)) {
      on += ` · started at line ${g.createdAt.line}`;
    }
    put(r.on, on);
    attr(r.root, 'title', it.line > 0 ? `Show line ${it.line} in the editor` : 'No line in the program');
    attr(r.root, 'aria-disabled', it.line > 0 ? 'false' : 'true');
    attr(r.root, 'data-goid', String(g.id));
    attr(r.root, 'data-line', String(it.line));
    cls(r.root, it.ids.includes(selected) ? 'gpp-row gpp-g gpp-selected' : 'gpp-row gpp-g');
  };
  const gList = new RowList<GRow, GItem>(makeGRow, fillGRow, 'no goroutines');
  const gSec = new Section('Goroutines', 'goroutines', gList.element);

  // ---- channels
  interface CRow extends Row {
    id: HTMLElement;
    main: HTMLElement;
    where: HTMLElement;
    chips: HTMLElement;
    sub: HTMLElement;
  }
  const makeCRow = (): CRow => {
    const root = el('div', 'gpp-row gpp-c');
    const id = el('span', 'gpp-id');
    const main = el('span', 'gpp-main');
    const where = el('span', 'gpp-where');
    const chips = el('div', 'gpp-chips');
    const sub = el('span', 'gpp-sub');
    root.append(id, main, where, chips, sub);
    return { root, id, main, where, chips, sub };
  };
  const fillChips = (box: HTMLElement, values: readonly string[], free: number): void => {
    const shown = Math.min(values.length, MAX_CHIPS);
    const extra = values.length - shown;
    const freeShown = Math.max(0, Math.min(free, MAX_CHIPS - shown));
    const want = shown + (extra > 0 ? 1 : 0) + freeShown;
    while (box.children.length > want) box.lastElementChild!.remove();
    while (box.children.length < want) box.append(el('span', 'gpp-chip'));
    let i = 0;
    for (; i < shown; i++) {
      const c = box.children[i] as HTMLElement;
      const v = String(values[i]);
      cls(c, 'gpp-chip');
      put(c, v);
      attr(c, 'title', v);
    }
    if (extra > 0) {
      const c = box.children[i++] as HTMLElement;
      cls(c, 'gpp-chip');
      put(c, `+${extra}`);
      attr(c, 'title', `${extra} more buffered values`);
    }
    for (let k = 0; k < freeShown; k++) {
      const c = box.children[i++] as HTMLElement;
      cls(c, 'gpp-chip gpp-chip-free');
      put(c, '·');
      attr(c, 'title', 'free slot');
    }
  };
  const fillCRow = (r: CRow, c: ChannelInfo): void => {
    put(r.id, `#${c.id}`);
    put(r.main, `${c.label || '(unnamed)'} chan ${c.elemType || '?'}`);
    const buffer = arr(c.buffer);
    let where = c.cap > 0 ? `${c.len}/${c.cap} buffered` : 'unbuffered';
    if (c.closed) where += ' · closed';
    put(r.where, where);
    cls(r.root, c.closed ? 'gpp-row gpp-c gpp-closed' : 'gpp-row gpp-c');
    fillChips(r.chips, c.cap > 0 ? buffer : [], c.cap > 0 ? Math.min(c.cap - buffer.length, 8) : 0);
    const parts: string[] = [];
    if (arr(c.sendq).length) parts.push(`senders waiting: ${idList(c.sendq)}`);
    if (arr(c.recvq).length) parts.push(`receivers waiting: ${idList(c.recvq)}`);
    put(r.sub, parts.join(' · '));
    attr(r.root, 'data-chan', String(c.id));
  };
  const cList = new RowList<CRow, ChannelInfo>(makeCRow, fillCRow, 'no channels');
  const cSec = new Section('Channels', 'channels', cList.element);

  // ---- sync objects
  type SyncItem =
    | { t: 'mutex'; o: MutexInfo }
    | { t: 'rwmutex'; o: RWMutexInfo }
    | { t: 'waitgroup'; o: WaitGroupInfo }
    | { t: 'cond'; o: CondInfo };
  interface SRow extends Row {
    id: HTMLElement;
    main: HTMLElement;
    where: HTMLElement;
    sub: HTMLElement;
  }
  const makeSRow = (): SRow => {
    const root = el('div', 'gpp-row gpp-s');
    const id = el('span', 'gpp-id');
    const main = el('span', 'gpp-main');
    const where = el('span', 'gpp-where');
    const sub = el('span', 'gpp-sub');
    root.append(id, main, where, sub);
    return { root, id, main, where, sub };
  };
  const fillSRow = (r: SRow, s: SyncItem): void => {
    put(r.id, `#${s.o.id}`);
    attr(r.root, 'data-kind', s.t);
    const label = s.o.label ? ` ${s.o.label}` : '';
    const parts: string[] = [];
    let where = '';
    switch (s.t) {
      case 'mutex': {
        put(r.main, `Mutex${label}`);
        where = s.o.locked ? (s.o.owner ? `locked by G${s.o.owner}` : 'locked') : 'unlocked';
        if (arr(s.o.waiters).length) parts.push(`waiters: ${idList(s.o.waiters)}`);
        break;
      }
      case 'rwmutex': {
        put(r.main, `RWMutex${label}`);
        const w: string[] = [];
        if (s.o.writer) w.push(`writer G${s.o.writer}`);
        if (s.o.readers) w.push(plural(s.o.readers, 'reader', 'readers'));
        where = w.length ? w.join(' · ') : 'unlocked';
        if (arr(s.o.writerWaiters).length) parts.push(`writer waiting for readers: ${idList(s.o.writerWaiters)}`);
        if (arr(s.o.waiters).length) parts.push(`writers queued: ${idList(s.o.waiters)}`);
        if (arr(s.o.readerWaiters).length) parts.push(`readers waiting: ${idList(s.o.readerWaiters)}`);
        break;
      }
      case 'waitgroup': {
        put(r.main, `WaitGroup${label}`);
        where = `counter ${s.o.counter}`;
        if (arr(s.o.waiters).length) parts.push(`waiters: ${idList(s.o.waiters)}`);
        break;
      }
      case 'cond': {
        put(r.main, `Cond${label}`);
        where = plural(arr(s.o.waiters).length, 'waiter', 'waiters');
        if (arr(s.o.waiters).length) parts.push(`waiters: ${idList(s.o.waiters)}`);
        break;
      }
    }
    put(r.where, where);
    put(r.sub, parts.join(' · '));
  };
  const sList = new RowList<SRow, SyncItem>(makeSRow, fillSRow, 'no sync objects');
  const sSec = new Section('Sync', 'sync', sList.element);

  // ---- Ps
  interface PRow extends Row {
    id: HTMLElement;
    main: HTMLElement;
    where: HTMLElement;
  }
  const makePRow = (): PRow => {
    const root = el('div', 'gpp-row gpp-p');
    const id = el('span', 'gpp-id');
    const main = el('span', 'gpp-main');
    const where = el('span', 'gpp-where');
    root.append(id, main, where);
    return { root, id, main, where };
  };
  let gFuncs = new Map<number, string>();
  const fillPRow = (r: PRow, p: ProcInfo): void => {
    put(r.id, `P${p.id}`);
    if (p.curg) {
      const f = gFuncs.get(p.curg);
      put(r.main, f ? `running G${p.curg} (${f})` : `running G${p.curg}`);
    } else {
      put(r.main, 'idle');
    }
    put(r.where, `run queue ${p.runqueue} · ${p.executed} slices`);
  };
  const pList = new RowList<PRow, ProcInfo>(makePRow, fillPRow, 'no Ps');
  const pFooter = el('div', 'gpp-footer');
  const pBody = el('div');
  pBody.append(pList.element, pFooter);
  const pSec = new Section('Ps', 'procs', pBody);

  const hint = el('div', 'gpp-empty gpp-hint');
  hint.textContent = 'Run a program to see its goroutines, channels, sync objects and Ps.';
  body.append(hint, gSec.element, cSec.element, sSec.element, pSec.element);
  const showSections = (on: boolean): void => {
    hint.hidden = on;
    for (const sec of [gSec, cSec, sSec, pSec]) sec.element.hidden = !on;
  };

  /** What a goroutine waits on, by the objects' names rather than ids: goroutines
   *  parked at the same place on different channels of the same name group. */
  const waitShape = (w: WaitingOn | undefined): string => {
    if (!w) return '';
    if (w.kind === 'select') return 'select:' + arr(w.chans).map((c) => `${c.dir} ${chanLabels.get(c.id) ?? ''}`).join(',');
    return `${w.kind}:${w.id === 0 ? '0' : (w.kind === 'chan' ? chanLabels.get(w.id) : objLabels.get(w.id)) ?? ''}`;
  };

  const groupGoroutines = (gs: readonly GoroutineInfo[]): GItem[] => {
    // Count parked goroutines alike first (function, place, wait reason, what
    // they wait on by name); group those with GROUP_MIN or more.
    const keyOf = (g: GoroutineInfo): string =>
      `${g.func}\u0000${g.file}\u0000${g.line}\u0000${g.waitReason}\u0000${waitShape(g.waitingOn)}`;
    const keys = new Map<number, string>();
    const counts = new Map<string, number>();
    for (const g of gs) {
      if (g.status !== 'waiting') continue;
      const k = keyOf(g);
      keys.set(g.id, k);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const groups = new Map<string, { it: GItem; objs: Set<string> }>();
    const out: GItem[] = [];
    for (const g of gs) {
      const k = keys.get(g.id);
      if (k !== undefined && (counts.get(k) ?? 0) >= GROUP_MIN) {
        const existing = groups.get(k);
        if (existing) {
          existing.it.ids.push(g.id);
          existing.objs.add(waitKey(g.waitingOn));
          existing.it.objects = existing.objs.size;
          continue;
        }
        const it: GItem = { g, ids: [g.id], line: revealLine(g), objects: 1 };
        groups.set(k, { it, objs: new Set([waitKey(g.waitingOn)]) });
        out.push(it);
        continue;
      }
      out.push({ g, ids: [g.id], line: revealLine(g), objects: 1 });
    }
    return out;
  };

  const setHeader = (s: Snapshot | null, state: string): void => {
    if (!s) {
      put(header, state);
      return;
    }
    const n = arr(s.goroutines).length + (s.goroutinesOmitted ?? 0);
    const nc = arr(s.channels).length + (s.channelsOmitted ?? 0);
    const parts = [plural(n, 'goroutine', 'goroutines'), plural(nc, 'channel', 'channels')];
    const ps = arr(s.procs).length;
    if (ps) parts.push(plural(ps, 'P', 'Ps'));
    parts.push(state);
    put(header, parts.join(' · '));
  };

  const render = (s: Snapshot): void => {
    const gs = arr(s.goroutines);
    // The program's own file: where main was started (the interpreter gives it as
    // main's createdAt.file); files in the standard library have a directory.
    const mainG = gs.find((g) => g.parent === 0 && g.createdAt && g.createdAt.file) ?? gs.find((g) => g.id === 1);
    if (mainG) userFile = mainG.createdAt?.file || (mainG.file.includes('/') ? '' : mainG.file) || userFile;

    chanNames = new Map();
    chanLabels = new Map();
    for (const c of arr(s.channels)) {
      chanNames.set(c.id, c.label ? `chan ${c.label} (#${c.id})` : `chan #${c.id}`);
      chanLabels.set(c.id, c.label);
    }
    objNames = new Map();
    objLabels = new Map();
    for (const o of [...arr(s.mutexes), ...arr(s.waitgroups), ...arr(s.conds)]) objLabels.set(o.id, o.label);
    for (const m of arr(s.mutexes)) {
      const k = m.kind === 'rwmutex' ? 'RWMutex' : 'Mutex';
      objNames.set(m.id, m.label ? `${k} ${m.label} (#${m.id})` : `${k} #${m.id}`);
    }
    for (const w of arr(s.waitgroups)) objNames.set(w.id, w.label ? `WaitGroup ${w.label} (#${w.id})` : `WaitGroup #${w.id}`);
    for (const c of arr(s.conds)) objNames.set(c.id, c.label ? `Cond ${c.label} (#${c.id})` : `Cond #${c.id}`);
    gFuncs = new Map();
    for (const g of gs) {
      gFuncs.set(g.id, g.func);
      rememberGoroutineName(g.id, g.func);
    }

    const items = groupGoroutines(gs);
    const shownGs = items.slice(0, MAX_ROWS).reduce((a, it) => a + it.ids.length, 0);
    const omitted = s.goroutinesOmitted ?? 0;
    const notShown = gs.length - shownGs + omitted;
    gList.render(items, items.length, items.length > MAX_ROWS || omitted > 0 ? `… ${notShown} more goroutines` : undefined);
    const byStatus = { running: 0, runnable: 0, waiting: 0 } as Record<string, number>;
    for (const g of gs) byStatus[g.status] = (byStatus[g.status] ?? 0) + 1;
    const counts: string[] = [String(gs.length + omitted)];
    if (!omitted) for (const k of ['running', 'runnable', 'waiting']) if (byStatus[k]) counts.push(`${byStatus[k]} ${k}`);
    gSec.setCount(counts.length > 1 ? `${counts[0]} (${counts.slice(1).join(', ')})` : counts[0]!);

    const chans = arr(s.channels);
    const chansOmitted = s.channelsOmitted ?? 0;
    cList.render(chans, chans.length, chansOmitted > 0 ? `… ${chans.length - Math.min(chans.length, MAX_ROWS) + chansOmitted} more channels` : undefined);
    cSec.setCount(String(chans.length + chansOmitted));

    const syncs: SyncItem[] = [];
    for (const m of arr(s.mutexes)) {
      if (m.kind === 'rwmutex') syncs.push({ t: 'rwmutex', o: m as RWMutexInfo });
      else syncs.push({ t: 'mutex', o: m as MutexInfo });
    }
    for (const w of arr(s.waitgroups)) syncs.push({ t: 'waitgroup', o: w });
    for (const c of arr(s.conds)) syncs.push({ t: 'cond', o: c });
    syncs.sort((a, b) => a.o.id - b.o.id);
    const syncsOmitted = (s.mutexesOmitted ?? 0) + (s.waitgroupsOmitted ?? 0) + (s.condsOmitted ?? 0);
    sList.render(syncs, syncs.length, syncsOmitted > 0 ? `… ${syncs.length - Math.min(syncs.length, MAX_ROWS) + syncsOmitted} more` : undefined);
    sSec.setCount(String(syncs.length + syncsOmitted));

    const procs = arr(s.procs);
    pList.render(procs);
    pSec.setCount(String(procs.length));
    put(pFooter, `global run queue: ${s.globalRunqueue ?? 0}`);
  };

  // While the panel is hidden (another tab), only the header is kept current;
  // the rest is drawn when it shows again.
  let deferred: Snapshot | null = null;
  const hidden = (): boolean => element.getClientRects().length === 0;
  const show = (s: Snapshot): void => {
    if (hidden()) {
      deferred = s;
      return;
    }
    deferred = null;
    showSections(true);
    render(s);
  };
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(() => {
      if (deferred && !hidden()) show(deferred);
    }).observe(element);
  }

  const flush = (): void => {
    raf = 0;
    const s = pending;
    pending = null;
    if (!s || frozen) return;
    show(s);
    setHeader(s, 'live');
  };

  // A click on a goroutine in the timeline: select its row, show its line.
  setGoroutineRevealer((goid) => {
    const g = last ? arr(last.goroutines).find((x) => x.id === goid) : undefined;
    if (!g) return false;
    selected = goid;
    selectRows();
    gList.forEachRow((r) => {
      if (r.item?.ids.includes(goid)) r.root.scrollIntoView({ block: 'nearest' });
    });
    const line = revealLine(g);
    if (line > 0) opts.onRevealLine(line);
    return true;
  });

  const reset = (): void => {
    if (raf) cancelAnimationFrame(raf);
    raf = 0;
    pending = null;
    deferred = null;
    last = null;
    frozen = false;
    announce.textContent = '';
    selected = 0;
    userFile = '';
    element.classList.remove('gpp-frozen', 'gpp-clean');
    element.dataset.state = 'idle';
    const empty: Snapshot = {
      time: 0, gomaxprocs: 0, numGoroutine: 0, goroutines: [], channels: [], mutexes: [],
      waitgroups: [], conds: [], procs: [], globalRunqueue: 0,
    };
    render(empty);
    showSections(false);
    put(header, 'not running');
  };
  reset();

  return {
    element,
    update(snapshot: Snapshot): void {
      if (!snapshot || typeof snapshot !== 'object') return;
      if (frozen) {
        // A push after the end of a run means a new run has started.
        frozen = false;
        element.classList.remove('gpp-frozen', 'gpp-clean');
      }
      element.dataset.state = 'live';
      last = snapshot;
      pending = snapshot;
      if (!raf) raf = requestAnimationFrame(flush);
    },
    freeze(snapshot: Snapshot | null, reason: string): void {
      if (raf) cancelAnimationFrame(raf);
      raf = 0;
      pending = null;
      const s = snapshot && typeof snapshot === 'object' ? snapshot : last;
      frozen = true;
      element.classList.add('gpp-frozen');
      element.classList.toggle('gpp-clean', reason === 'exit');
      element.dataset.state = 'frozen';
      element.dataset.reason = reason;
      const state =
        reason === 'compile' && !s
          ? 'not run (compile errors)'
          : reason && reason !== 'exit'
            ? `frozen at exit (${reason})`
            : 'frozen at exit';
      if (s) {
        last = s;
        show(s);
      }
      setHeader(s, state);
      announce.textContent = `Program ended: ${header.textContent ?? ''}`;
    },
    clear(): void {
      forgetGoroutineNames();
      reset();
    },
  };
}
