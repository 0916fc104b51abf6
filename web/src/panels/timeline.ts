// The per-P timeline: one lane per P, a coloured segment for every slice a
// goroutine ran (GoStart until GoBlock/GoYield/GoEnd or the next GoStart on
// that P), and channel hand-offs (a value passed straight to a parked
// goroutine) drawn as arrows between the two goroutines' positions. Trace
// events are those of docs/snapshot.md, pushed in order by the runner.
import './panels.css';
import { WAIT_REASONS, type TraceEvent } from './types';
import { forgetGoroutineNames, goroutineName, revealGoroutine } from './names';

export interface Timeline {
  readonly element: HTMLElement;
  add(events: TraceEvent[], dropped: number): void;
  finish(): void;
  clear(): void;
}

/** Segments plus hand-offs kept at most; older ones are trimmed. */
export const MAX_ITEMS = 200_000;
/** Events of one push processed at most: of a bigger push only the newest are used. */
export const MAX_BATCH = 200_000;
/** Hand-off arrows drawn per frame at most: with more in view, none are drawn. */
const MAX_ARROWS = 1500;

// How a segment ended.
const END_OPEN = -1; // still running
const END_SWITCH = -2; // the next GoStart on the P (or a lost end event)
const END_YIELD = -3;
const END_EXIT = -4;
const END_RUNNING_AT_EXIT = -5;
// >= 0: blocked, with that wait reason ordinal.

interface Seg {
  g: number;
  t0: number; // ns
  t1: number;
  s0: number; // event ordinal (the "event order" axis)
  s1: number;
  end: number;
}

interface Lane {
  p: number;
  segs: Seg[];
  open: Seg | null;
}

interface Handoff {
  from: number;
  to: number;
  chan: number;
  recv: boolean; // recorded by the receiver (taken from a parked sender)
  p0: number;
  t0: number;
  s0: number;
  p1: number; // -2 while the receiver has not run yet
  t1: number;
  s1: number;
  si: number; // ordinal of the event that recorded it
}

interface Pos {
  p: number;
  t: number;
  s: number;
}

export interface TimelineModel {
  lanes: { p: number; segments: number; goroutines: number[] }[];
  segments: number;
  handoffs: number;
  pendingHandoffs: number;
  events: number;
  dropped: number;
  trimmed: number;
  skipped: number;
  gaps: number;
  /** How long the last redraw took (ms). */
  drawMs: number;
  finished: boolean;
  axis: 'time' | 'order';
  domain: [number, number];
  view: [number, number];
  following: boolean;
}

interface Colors {
  bg: string;
  fg: string;
  muted: string;
  grid: string;
  laneAlt: string;
  arrow: string;
  segLight: string;
  dark: boolean;
}

function fmtDur(ns: number): string {
  const a = Math.abs(ns);
  if (a < 1e3) return `${Math.round(ns)} ns`;
  if (a < 1e6) return `${trim3(ns / 1e3)} µs`;
  if (a < 1e9) return `${trim3(ns / 1e6)} ms`;
  return `${trim3(ns / 1e9)} s`;
}

function trim3(v: number): string {
  const s = Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

function endText(end: number): string {
  switch (end) {
    case END_OPEN:
      return 'running';
    case END_SWITCH:
      return 'then switched out';
    case END_YIELD:
      return 'then yielded';
    case END_EXIT:
      return 'then exited';
    case END_RUNNING_AT_EXIT:
      return 'running when the program ended';
    default:
      return `then blocked: ${WAIT_REASONS[end] || `reason ${end}`}`;
  }
}

function button(text: string, label: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.title = label;
  b.setAttribute('aria-label', label);
  return b;
}

export function createTimeline(opts: {
  onRevealGoroutine?(goid: number): void;
  /** Optional: a goroutine's function name for tooltips (default: the names
   *  the state panel saw in snapshots). */
  goroutineName?(goid: number): string | undefined;
}): Timeline {
  const nameOf = (g: number): string | undefined => opts.goroutineName?.(g) ?? goroutineName(g);

  // ---------------------------------------------------------------- DOM
  const element = document.createElement('section');
  element.className = 'gpp-timeline';
  element.setAttribute('aria-label', 'Per-P timeline');

  const bar = document.createElement('div');
  bar.className = 'gpp-tl-bar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Timeline controls');
  const zoomOut = button('−', 'Zoom out');
  const zoomIn = button('+', 'Zoom in');
  const fitBtn = button('Fit', 'Show the whole run');
  const followBtn = button('Follow', 'Follow the newest events');
  const axisBtn = button('Axis: time', 'Switch the x axis between time and event order');
  const status = document.createElement('span');
  status.className = 'gpp-tl-status';
  const droppedEl = document.createElement('span');
  droppedEl.className = 'gpp-tl-dropped';
  bar.append(zoomOut, zoomIn, fitBtn, followBtn, axisBtn, status);

  const wrap = document.createElement('div');
  wrap.className = 'gpp-tl-wrap';
  const canvas = document.createElement('canvas');
  canvas.className = 'gpp-tl-canvas';
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'img');
  const canvasHelp =
    'Keys: + and - zoom, Left and Right pan, Home and End jump, 0 shows all; ' +
    'Up and Down pick a P, [ and ] step through its slices, Enter shows the goroutine.';
  canvas.setAttribute('aria-label', `Timeline: which goroutine ran on which P. ${canvasHelp}`);
  const tip = document.createElement('div');
  tip.className = 'gpp-tl-tip';
  tip.hidden = true;
  wrap.append(canvas, tip);

  const scroll = document.createElement('input');
  scroll.type = 'range';
  scroll.className = 'gpp-tl-scroll';
  scroll.min = '0';
  scroll.max = '1000';
  scroll.step = '1';
  scroll.value = '1000';
  scroll.setAttribute('aria-label', 'Scroll the timeline');

  element.append(bar, wrap, scroll, droppedEl);

  // ---------------------------------------------------------------- model
  let lanes = new Map<number, Lane>();
  let laneList: Lane[] = [];
  let handoffs: Handoff[] = [];
  /** Stretches with missing events (the ring overflowed, or skipped). */
  let gaps: { t0: number; t1: number; s0: number; s1: number }[] = [];
  let openOn = new Map<number, Lane>();
  let lastStop = new Map<number, Pos>();
  let pendingTo = new Map<number, Handoff[]>();
  let seq = 0;
  let events = 0;
  let items = 0; // segments and hand-offs kept; itemSeqs holds their event ordinals
  const itemSeqs = new Float64Array(MAX_ITEMS + 1);
  let itemHead = 0;
  const noteItem = (): void => {
    itemSeqs[(itemHead + items) % itemSeqs.length] = seq;
    items++;
  };
  let dropped = 0;
  let trimmed = 0;
  let skipped = 0; // events of huge pushes not processed
  let minT = Infinity;
  let maxT = -Infinity;
  let minS = 0;
  let closedSegs = 0;
  let zeroSegs = 0;
  let finished = false;
  let started = false;

  // ---------------------------------------------------------------- view
  let axisChoice: 'auto' | 'time' | 'order' = 'auto';
  let zoomSpan: number | null = null; // null: fit everything
  let viewStart = 0;
  let follow = true;
  let hover: { lane: Lane; seg: Seg } | null = null;
  let raf = 0;
  let arrowsHidden = false;
  let resolvedHandoffs = 0;
  let colors: Colors | null = null;
  const colorCache = new Map<number, string>();

  const laneFor = (p: number): Lane => {
    let l = lanes.get(p);
    if (!l) {
      l = { p, segs: [], open: null };
      lanes.set(p, l);
      laneList = [...lanes.values()].sort((a, b) => a.p - b.p);
    }
    return l;
  };

  const closeSeg = (lane: Lane, ts: number, s: number, end: number): void => {
    const seg = lane.open;
    if (!seg) return;
    seg.t1 = Math.max(ts, seg.t0);
    seg.s1 = Math.max(s, seg.s0);
    seg.end = end;
    lane.open = null;
    openOn.delete(seg.g);
    closedSegs++;
    if (seg.t1 === seg.t0) zeroSegs++;
    if (end !== END_EXIT) lastStop.set(seg.g, { p: lane.p, t: seg.t1, s: seg.s1 });
  };

  const endFor = (g: number, p: number): Lane | undefined => {
    const here = p >= 0 ? lanes.get(p) : undefined;
    if (here && here.open && here.open.g === g) return here;
    return openOn.get(g);
  };

  const ingest = (e: TraceEvent): void => {
    seq++;
    events++;
    const ts = Number(e.ts) || 0;
    const g = Number(e.g) || 0;
    const arg = Number(e.arg) || 0;
    const p = typeof e.p === 'number' ? e.p : -1;
    if (ts < minT) minT = ts;
    if (ts > maxT) maxT = ts;
    if (!started) {
      started = true;
      minS = seq;
    }
    switch (e.kind) {
      case 'GoStart': {
        if (p < 0) break;
        const lane = laneFor(p);
        if (lane.open) closeSeg(lane, ts, seq, END_SWITCH);
        const other = openOn.get(g);
        if (other) closeSeg(other, ts, seq, END_SWITCH);
        const seg: Seg = { g, t0: ts, t1: ts, s0: seq, s1: seq, end: END_OPEN };
        lane.segs.push(seg);
        lane.open = seg;
        openOn.set(g, lane);
        noteItem();
        const pend = pendingTo.get(g);
        if (pend) {
          for (const h of pend) {
            h.p1 = p;
            h.t1 = ts;
            h.s1 = seq;
            resolvedHandoffs++;
          }
          pendingTo.delete(g);
        }
        break;
      }
      case 'GoBlock':
      case 'GoYield':
      case 'GoEnd': {
        const lane = endFor(g, p);
        const end = e.kind === 'GoBlock' ? arg : e.kind === 'GoYield' ? END_YIELD : END_EXIT;
        if (lane) closeSeg(lane, ts, seq, end);
        if (e.kind === 'GoEnd') {
          lastStop.delete(g);
          pendingTo.delete(g);
        }
        break;
      }
      case 'ChanSend': {
        if (arg === 0) break;
        const h: Handoff = {
          from: g, to: arg, chan: Number(e.obj) || 0, recv: false,
          p0: p, t0: ts, s0: seq, p1: -2, t1: ts, s1: seq, si: seq,
        };
        handoffs.push(h);
        noteItem();
        let list = pendingTo.get(arg);
        if (!list) pendingTo.set(arg, (list = []));
        list.push(h);
        break;
      }
      case 'ChanRecv': {
        if (arg === 0) break;
        const from = lastStop.get(arg);
        const h: Handoff = {
          from: arg, to: g, chan: Number(e.obj) || 0, recv: true,
          p0: from ? from.p : p, t0: from ? from.t : ts, s0: from ? from.s : seq,
          p1: p, t1: ts, s1: seq, si: seq,
        };
        handoffs.push(h);
        noteItem();
        if (p >= 0) resolvedHandoffs++;
        break;
      }
      default:
        break;
    }
  };

  /** Drops the oldest segments and hand-offs so that a quarter of MAX_ITEMS is free.
   *  Items are created in event order, so the ring of their ordinals gives the cutoff. */
  const trimOld = (): void => {
    const drop = items - Math.floor(MAX_ITEMS * 0.75);
    if (drop <= 0) return;
    const cutoff = itemSeqs[(itemHead + drop) % itemSeqs.length]!;
    itemHead = (itemHead + drop) % itemSeqs.length;
    items -= drop;
    let removed = 0;
    for (const l of laneList) {
      let k = 0;
      while (k < l.segs.length && l.segs[k]!.s0 < cutoff && l.segs[k] !== l.open) k++;
      if (k) {
        l.segs.splice(0, k);
        removed += k;
      }
    }
    let k = 0;
    while (k < handoffs.length && handoffs[k]!.si < cutoff) k++;
    if (k) {
      for (let i = 0; i < k; i++) if (handoffs[i]!.p1 >= 0) resolvedHandoffs--;
      handoffs.splice(0, k);
      removed += k;
    }
    trimmed += removed;
    // The new start of the retained history.
    let t = Infinity;
    let s = Infinity;
    for (const l of laneList) {
      const first = l.segs[0];
      if (first) {
        if (first.t0 < t) t = first.t0;
        if (first.s0 < s) s = first.s0;
      }
    }
    if (t !== Infinity) minT = t;
    if (s !== Infinity) minS = s;
    for (const [g, list] of pendingTo) {
      const keep = list.filter((h) => h.si >= cutoff);
      if (keep.length) pendingTo.set(g, keep);
      else pendingTo.delete(g);
    }
  };

  // ---------------------------------------------------------------- axis
  const axis = (): 'time' | 'order' => {
    if (axisChoice !== 'auto') return axisChoice;
    if (!(maxT > minT)) return 'order';
    // The virtual clock stands still while goroutines run: every slice takes
    // 0 ns. (With the real clock a coarse timer also gives many 0 ns slices,
    // but never all of them.)
    if (closedSegs >= 2 && zeroSegs === closedSegs) return 'order';
    return 'time';
  };
  const segX0 = (a: 'time' | 'order', s: Seg): number => (a === 'time' ? s.t0 : s.s0);
  const segX1 = (a: 'time' | 'order', s: Seg): number => {
    if (s.end === END_OPEN) return a === 'time' ? maxT : seq;
    return a === 'time' ? s.t1 : s.s1;
  };
  const domain = (a: 'time' | 'order'): [number, number] => {
    if (!started) return [0, 1];
    let lo = a === 'time' ? minT : minS;
    let hi = a === 'time' ? maxT : seq;
    if (!(hi > lo)) hi = lo + 1;
    return [lo, hi];
  };
  const minSpan = (a: 'time' | 'order'): number => (a === 'time' ? 50 : 4);
  const view = (a: 'time' | 'order'): [number, number] => {
    const [lo, hi] = domain(a);
    const full = hi - lo;
    if (zoomSpan === null || zoomSpan >= full) return [lo, hi];
    const span = Math.max(zoomSpan, minSpan(a));
    if (follow && !finished) return [hi - span, hi];
    const start = Math.min(Math.max(viewStart, lo), hi - span);
    return [start, start + span];
  };

  // ---------------------------------------------------------------- colours
  const readColors = (): Colors => {
    const cs = getComputedStyle(element);
    const v = (name: string, fallback: string): string => cs.getPropertyValue(name).trim() || fallback;
    const themeDark = document.documentElement.getAttribute('data-theme') === 'dark';
    return {
      bg: v('--gpp-bg', themeDark ? '#0d1117' : '#ffffff'),
      fg: v('--gpp-fg', themeDark ? '#e6edf3' : '#1f2328'),
      muted: v('--gpp-muted', '#656d76'),
      grid: v('--gpp-grid', themeDark ? '#30363d' : '#e1e4e8'),
      laneAlt: v('--gpp-lane-alt', themeDark ? '#161b22' : '#f6f8fa'),
      arrow: v('--gpp-arrow', themeDark ? '#e6edf3' : '#1f2328'),
      segLight: v('--gpp-seg-light', themeDark ? '62%' : '52%'),
      dark: themeDark,
    };
  };
  const gColor = (g: number): string => {
    let c = colorCache.get(g);
    if (!c) {
      // Golden-angle hues: neighbouring goids get well separated colours.
      const hue = (g * 137.508) % 360;
      const sat = 55 + ((g * 7) % 4) * 8;
      c = `hsl(${hue.toFixed(1)} ${sat}% ${colors?.segLight ?? '52%'})`;
      colorCache.set(g, c);
    }
    return c;
  };

  // ---------------------------------------------------------------- geometry
  const LABEL_W = 34;
  const AXIS_H = 18;
  let laneH = 18; // grows to fill the panel when there are few Ps
  const LANE_GAP = 4;
  const RIGHT_PAD = 6;
  const laneY = (i: number): number => AXIS_H + 4 + i * (laneH + LANE_GAP);
  const cssHeight = (): number => laneY(Math.max(laneList.length, 1)) + 4;

  let cssW = 0;
  const resize = (): void => {
    const w = wrap.clientWidth;
    const avail = wrap.clientHeight - AXIS_H - 8;
    const n = Math.max(laneList.length, 1);
    laneH = Math.max(16, Math.min(30, Math.floor(avail / n) - LANE_GAP));
    const h = cssHeight();
    const dpr = window.devicePixelRatio || 1;
    if (w !== cssW || canvas.height !== Math.round(h * dpr) || canvas.width !== Math.round(w * dpr)) {
      cssW = w;
      canvas.style.height = `${h}px`;
      canvas.width = Math.max(1, Math.round(w * dpr));
      canvas.height = Math.max(1, Math.round(h * dpr));
    }
  };

  // ---------------------------------------------------------------- drawing
  let drawMs = 0;
  const draw = (): void => {
    const t0 = performance.now();
    drawFrame();
    drawMs = performance.now() - t0;
  };
  const drawFrame = (): void => {
    raf = 0;
    resize();
    if (cssW <= 0) return;
    if (!colors) colors = readColors();
    const C = colors;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const dpr = canvas.width / cssW;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const W = cssW;
    const H = cssHeight();
    ctx.fillStyle = C.bg;
    ctx.fillRect(0, 0, W, H);
    ctx.font = '10px system-ui, sans-serif';
    ctx.textBaseline = 'middle';

    const a = axis();
    const [v0, v1] = view(a);
    const plotW = Math.max(1, W - LABEL_W - RIGHT_PAD);
    const k = plotW / (v1 - v0);
    const xOf = (v: number): number => LABEL_W + (v - v0) * k;

    // Lanes and labels.
    for (let i = 0; i < laneList.length; i++) {
      const y = laneY(i);
      if (i % 2 === 1) {
        ctx.fillStyle = C.laneAlt;
        ctx.fillRect(0, y - LANE_GAP / 2, W, laneH + LANE_GAP);
      }
      ctx.fillStyle = C.muted;
      ctx.textAlign = 'left';
      ctx.fillText(`P${laneList[i]!.p}`, 4, y + laneH / 2);
    }

    // Axis ticks.
    const step = niceStep((v1 - v0) / Math.max(1, plotW / 80));
    ctx.strokeStyle = C.grid;
    ctx.lineWidth = 1;
    ctx.fillStyle = C.muted;
    ctx.textAlign = 'center';
    const first = Math.ceil(v0 / step) * step;
    for (let v = first, n = 0; started && v <= v1 && n < 200; v += step, n++) {
      const x = Math.round(xOf(v)) + 0.5;
      ctx.beginPath();
      ctx.moveTo(x, AXIS_H - 4);
      ctx.lineTo(x, H);
      ctx.stroke();
      const rel = v - (a === 'time' ? 0 : minS - 1);
      ctx.fillText(a === 'time' ? fmtDur(rel) : `#${Math.round(rel)}`, Math.min(Math.max(x, LABEL_W + 16), W - 20), 8);
    }

    if (!started) {
      ctx.fillStyle = C.muted;
      ctx.textAlign = 'left';
      ctx.fillText('No trace yet: run a program.', LABEL_W + 4, laneY(0) + laneH / 2);
    }

    // Segments.
    ctx.save();
    ctx.beginPath();
    ctx.rect(LABEL_W, 0, plotW, H);
    ctx.clip();
    ctx.textAlign = 'left';
    // Gaps: events missing there.
    for (const gp of gaps) {
      const gx0 = xOf(a === 'time' ? gp.t0 : gp.s0);
      const gx1 = xOf(a === 'time' ? gp.t1 : gp.s1);
      if (gx1 < LABEL_W || gx0 > W) continue;
      ctx.fillStyle = C.grid;
      ctx.fillRect(gx0, AXIS_H, Math.max(1, gx1 - gx0), H - AXIS_H);
      if (gx1 - gx0 > 60) {
        ctx.fillStyle = C.muted;
        ctx.fillText('events lost', gx0 + 4, AXIS_H + 8, gx1 - gx0 - 8);
      }
    }
    for (let i = 0; i < laneList.length; i++) {
      const lane = laneList[i]!;
      const y = laneY(i);
      const segs = lane.segs;
      // First segment that may be visible: segments on one P do not overlap and
      // are in start order.
      let lo = 0;
      let hi = segs.length;
      while (lo < hi) {
        const m = (lo + hi) >> 1;
        if (segX1(a, segs[m]!) < v0) lo = m + 1;
        else hi = m;
      }
      let lastCol = -1;
      for (let j = lo; j < segs.length; j++) {
        const s = segs[j]!;
        const sx0 = segX0(a, s);
        if (sx0 > v1) break;
        const x0 = xOf(sx0);
        const x1 = xOf(segX1(a, s));
        const w = x1 - x0;
        if (w < 1) {
          // Sub-pixel slices: at most one per pixel column.
          const col = Math.floor(x0);
          if (col === lastCol) continue;
          lastCol = col;
          ctx.fillStyle = gColor(s.g);
          ctx.fillRect(col, y, 1, laneH);
          continue;
        }
        lastCol = Math.floor(x1);
        ctx.fillStyle = gColor(s.g);
        ctx.fillRect(x0, y, w, laneH);
        if (w > 26) {
          ctx.fillStyle = '#000';
          const label = `G${s.g}`;
          ctx.fillText(label, Math.max(x0, LABEL_W) + 3, y + laneH / 2, Math.max(0, w - 6));
        }
      }
    }
    if (hover) {
      const i = laneList.indexOf(hover.lane);
      if (i >= 0) {
        const x0 = xOf(segX0(a, hover.seg));
        const x1 = Math.max(xOf(segX1(a, hover.seg)), x0 + 1);
        ctx.strokeStyle = C.fg;
        ctx.lineWidth = 2;
        ctx.strokeRect(x0, laneY(i) - 1, x1 - x0, laneH + 2);
      }
    }

    // Hand-offs.
    const laneIndex = new Map<number, number>();
    laneList.forEach((l, i) => laneIndex.set(l.p, i));
    ctx.strokeStyle = C.arrow;
    ctx.fillStyle = C.arrow;
    ctx.lineWidth = 1;
    // Hand-offs in view; too many to tell apart at this zoom: none, and a note.
    const visible: Handoff[] = [];
    let tooMany = false;
    for (const h of handoffs) {
      if (h.p1 < 0 || h.p0 < 0) continue;
      const hx0 = a === 'time' ? h.t0 : h.s0;
      const hx1 = a === 'time' ? h.t1 : h.s1;
      if (Math.max(hx0, hx1) < v0 || Math.min(hx0, hx1) > v1) continue;
      if (visible.length >= MAX_ARROWS) {
        tooMany = true;
        break;
      }
      visible.push(h);
    }
    arrowsHidden = tooMany;
    for (const h of tooMany ? [] : visible) {
      const i0 = laneIndex.get(h.p0);
      const i1 = laneIndex.get(h.p1);
      if (i0 === undefined || i1 === undefined) continue;
      const x0 = xOf(a === 'time' ? h.t0 : h.s0);
      const x1 = xOf(a === 'time' ? h.t1 : h.s1);
      const y0 = laneY(i0) + (i0 === i1 ? 2 : i1 > i0 ? laneH : 0);
      const y1 = laneY(i1) + (i0 === i1 ? 2 : i1 > i0 ? 0 : laneH);
      ctx.beginPath();
      if (i0 === i1) {
        // Same P: a small arc above the lane.
        const mid = (x0 + x1) / 2;
        ctx.moveTo(x0, y0);
        ctx.quadraticCurveTo(mid, y0 - 7, x1, y1);
      } else {
        ctx.moveTo(x0, y0);
        ctx.lineTo(x1, y1);
      }
      ctx.stroke();
      // Arrowhead at the receiving end.
      const ang = i0 === i1 ? Math.atan2(7, x1 - (x0 + x1) / 2) : Math.atan2(y1 - y0, x1 - x0);
      ctx.beginPath();
      ctx.moveTo(x1, y1);
      ctx.lineTo(x1 - 5 * Math.cos(ang - 0.45), y1 - 5 * Math.sin(ang - 0.45));
      ctx.lineTo(x1 - 5 * Math.cos(ang + 0.45), y1 - 5 * Math.sin(ang + 0.45));
      ctx.closePath();
      ctx.fill();
    }
    ctx.restore();

    updateStatus(a, v0, v1);
  };

  const scheduleDraw = (): void => {
    if (!raf) raf = requestAnimationFrame(draw);
  };

  const updateStatus = (a: 'time' | 'order', v0: number, v1: number): void => {
    let segs = 0;
    for (const l of laneList) segs += l.segs.length;
    const parts = [
      `${laneList.length} P${laneList.length === 1 ? '' : 's'}`,
      `${segs} slices`,
      `${resolvedHandoffs} hand-offs${arrowsHidden ? ' (zoom in to see them)' : ''}`,
    ];
    if (started) parts.push(a === 'time' ? `${fmtDur(v1 - v0)} shown` : `${Math.round(v1 - v0)} events shown`);
    const text = parts.join(' · ');
    if (status.textContent !== text) status.textContent = text;
    const dtext = [
      dropped > 0 ? `${dropped} events dropped (the trace ring overflowed)` : '',
      skipped > 0 ? `${skipped} events skipped (too many at once)` : '',
      trimmed > 0 ? `${trimmed} oldest slices and hand-offs trimmed` : '',
    ].filter(Boolean).join(' · ');
    if (droppedEl.textContent !== dtext) droppedEl.textContent = dtext;
    droppedEl.hidden = dtext === '';
    const axisText = a === 'time' ? 'Axis: time' : 'Axis: order';
    if (axisBtn.textContent !== axisText) axisBtn.textContent = axisText;
    followBtn.setAttribute('aria-pressed', String(follow && !finished));
    followBtn.disabled = finished || !started;
    const [lo, hi] = domain(a);
    const zoomed = v1 - v0 < hi - lo - 1e-9;
    scroll.disabled = !zoomed;
    const val = zoomed ? Math.round(((v0 - lo) / (hi - lo - (v1 - v0))) * 1000) : 1000;
    if (scroll.value !== String(val)) scroll.value = String(val);
  };

  // ---------------------------------------------------------------- interaction
  const setZoom = (factor: number, anchorFrac = 0.5): void => {
    const a = axis();
    const [lo, hi] = domain(a);
    const [v0, v1] = view(a);
    const span = v1 - v0;
    let next = span * factor;
    if (next >= hi - lo) {
      zoomSpan = null;
      scheduleDraw();
      return;
    }
    next = Math.max(next, minSpan(a));
    const anchor = v0 + span * anchorFrac;
    zoomSpan = next;
    viewStart = anchor - next * anchorFrac;
    if (follow && !finished && factor < 1 && anchorFrac < 0.98) follow = false;
    if (follow && !finished) viewStart = hi - next;
    scheduleDraw();
  };
  const pan = (frac: number): void => {
    const a = axis();
    const [v0, v1] = view(a);
    if (zoomSpan === null) return;
    viewStart = v0 + (v1 - v0) * frac;
    const [, hi] = domain(a);
    follow = !finished && viewStart + (v1 - v0) >= hi;
    scheduleDraw();
  };

  zoomIn.addEventListener('click', () => setZoom(0.5, follow && !finished ? 1 : 0.5));
  zoomOut.addEventListener('click', () => setZoom(2, follow && !finished ? 1 : 0.5));
  fitBtn.addEventListener('click', () => {
    zoomSpan = null;
    follow = true;
    scheduleDraw();
  });
  followBtn.addEventListener('click', () => {
    follow = true;
    scheduleDraw();
  });
  axisBtn.addEventListener('click', () => {
    const cur = axis();
    axisChoice = cur === 'time' ? 'order' : 'time';
    zoomSpan = null;
    scheduleDraw();
  });
  scroll.addEventListener('input', () => {
    const a = axis();
    const [lo, hi] = domain(a);
    const [v0, v1] = view(a);
    const span = v1 - v0;
    const val = Number(scroll.value) / 1000;
    viewStart = lo + val * (hi - lo - span);
    follow = !finished && val >= 1;
    scheduleDraw();
  });

  canvas.addEventListener('keydown', (ev) => {
    let handled = true;
    switch (ev.key) {
      case '+':
      case '=':
        setZoom(0.5);
        break;
      case '-':
      case '_':
        setZoom(2);
        break;
      case 'ArrowLeft':
        pan(-0.2);
        break;
      case 'ArrowRight':
        pan(0.2);
        break;
      case 'Home': {
        follow = false;
        viewStart = -Infinity;
        scheduleDraw();
        break;
      }
      case 'End': {
        follow = true;
        viewStart = Infinity;
        scheduleDraw();
        break;
      }
      case '0':
        zoomSpan = null;
        scheduleDraw();
        break;
      case 'ArrowUp':
        kbMove(-1, 0);
        break;
      case 'ArrowDown':
        kbMove(1, 0);
        break;
      case '[':
        kbMove(0, -1);
        break;
      case ']':
        kbMove(0, 1);
        break;
      case 'Enter':
        if (hover) {
          if (opts.onRevealGoroutine) opts.onRevealGoroutine(hover.seg.g);
          else revealGoroutine(hover.seg.g);
        } else handled = false;
        break;
      case 'Escape':
        hover = null;
        tip.hidden = true;
        scheduleDraw();
        break;
      default:
        handled = false;
    }
    if (handled) ev.preventDefault();
  });
  canvas.addEventListener('blur', () => {
    if (drag) return;
    tip.hidden = true;
  });

  /** Keyboard inspection: Up/Down pick a lane, [ and ] the previous or next
   *  slice on it; the slice is outlined and its tooltip shown. */
  const kbMove = (dLane: number, dSeg: number): void => {
    if (laneList.length === 0) return;
    const a = axis();
    const [v0, v1] = view(a);
    const mid = hover ? (segX0(a, hover.seg) + segX1(a, hover.seg)) / 2 : (v0 + v1) / 2;
    let li = hover ? laneList.indexOf(hover.lane) : -1;
    if (li < 0) li = dLane < 0 ? laneList.length - 1 : 0;
    else li = Math.min(laneList.length - 1, Math.max(0, li + dLane));
    const lane = laneList[li]!;
    const segs = lane.segs;
    if (segs.length === 0) return;
    // The slice at (or after) the current position on that lane.
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (segX1(a, segs[m]!) < mid) lo = m + 1;
      else hi = m;
    }
    let idx = Math.min(lo, segs.length - 1);
    if (hover && hover.lane === lane && dSeg !== 0) {
      const cur = segs.indexOf(hover.seg);
      if (cur >= 0) idx = cur;
    }
    idx = Math.min(segs.length - 1, Math.max(0, idx + dSeg));
    const seg = segs[idx]!;
    hover = { lane, seg };
    // Bring it into view when zoomed in.
    const x0 = segX0(a, seg);
    const x1 = segX1(a, seg);
    if (zoomSpan !== null && (x1 < v0 || x0 > v1)) {
      viewStart = (x0 + x1) / 2 - (v1 - v0) / 2;
      follow = false;
    }
    const [n0, n1] = view(a);
    const rect = canvas.getBoundingClientRect();
    const k = Math.max(1, cssW - LABEL_W - RIGHT_PAD) / (n1 - n0);
    const cx = rect.left + LABEL_W + (Math.min(Math.max((x0 + x1) / 2, n0), n1) - n0) * k;
    const cy = rect.top + laneY(li) + laneH / 2;
    showTip(hover, cx, cy);
    scheduleDraw();
  };

  canvas.addEventListener(
    'wheel',
    (ev) => {
      if (!started) return;
      const rect = canvas.getBoundingClientRect();
      const frac = Math.min(1, Math.max(0, (ev.clientX - rect.left - LABEL_W) / Math.max(1, rect.width - LABEL_W - RIGHT_PAD)));
      if (ev.shiftKey || Math.abs(ev.deltaX) > Math.abs(ev.deltaY)) {
        const d = ev.shiftKey ? ev.deltaY : ev.deltaX;
        if (zoomSpan === null) return;
        ev.preventDefault();
        pan(d > 0 ? 0.1 : -0.1);
        return;
      }
      ev.preventDefault();
      setZoom(ev.deltaY < 0 ? 0.8 : 1.25, frac);
    },
    { passive: false },
  );

  const hit = (clientX: number, clientY: number): { lane: Lane; seg: Seg } | null => {
    const rect = canvas.getBoundingClientRect();
    const x = clientX - rect.left;
    const y = clientY - rect.top;
    if (x < LABEL_W || cssW <= 0) return null;
    const i = Math.floor((y - AXIS_H - 4 + LANE_GAP / 2) / (laneH + LANE_GAP));
    const lane = laneList[i];
    if (!lane) return null;
    const a = axis();
    const [v0, v1] = view(a);
    const perPx = (v1 - v0) / Math.max(1, cssW - LABEL_W - RIGHT_PAD);
    const v = v0 + (x - LABEL_W) * perPx;
    const tol = 3 * perPx;
    const segs = lane.segs;
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (segX1(a, segs[m]!) < v - tol) lo = m + 1;
      else hi = m;
    }
    let best: Seg | null = null;
    let bestD = Infinity;
    for (let j = lo; j < segs.length; j++) {
      const s = segs[j]!;
      const s0 = segX0(a, s);
      const s1 = segX1(a, s);
      if (s0 > v + tol) break;
      const d = v < s0 ? s0 - v : v > s1 ? v - s1 : 0;
      if (d < bestD) {
        bestD = d;
        best = s;
      }
    }
    return best && bestD <= tol ? { lane, seg: best } : null;
  };

  const showTip = (hv: { lane: Lane; seg: Seg }, clientX: number, clientY: number): void => {
    const s = hv.seg;
    const name = nameOf(s.g);
    const open = s.end === END_OPEN;
    const t1 = open ? maxT : s.t1;
    const lines = [
      name ? `G${s.g} ${name}` : `G${s.g}`,
      `P${hv.lane.p} · ${fmtDur(s.t0)} – ${fmtDur(t1)} (${fmtDur(t1 - s.t0)})`,
      endText(s.end),
    ];
    if (axis() === 'order') lines.splice(2, 0, `events #${s.s0 - minS + 1}–#${(open ? seq : s.s1) - minS + 1}`);
    tip.textContent = lines.join('\n');
    tip.hidden = false;
    const wr = wrap.getBoundingClientRect();
    let left = clientX - wr.left + 12;
    const top = clientY - wr.top + wrap.scrollTop + 14;
    const tw = tip.offsetWidth;
    if (left + tw > wr.width) left = Math.max(0, clientX - wr.left - tw - 8);
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  };

  let drag: { x: number; start: number; moved: boolean } | null = null;
  canvas.addEventListener('pointerdown', (ev) => {
    if (ev.button !== 0) return;
    const a = axis();
    drag = { x: ev.clientX, start: view(a)[0], moved: false };
    canvas.setPointerCapture(ev.pointerId);
  });
  canvas.addEventListener('pointermove', (ev) => {
    if (drag) {
      const dx = ev.clientX - drag.x;
      if (Math.abs(dx) > 3) drag.moved = true;
      if (drag.moved && zoomSpan !== null) {
        const a = axis();
        const [v0, v1] = view(a);
        const perPx = (v1 - v0) / Math.max(1, cssW - LABEL_W - RIGHT_PAD);
        viewStart = drag.start - dx * perPx;
        const [, hi] = domain(a);
        follow = !finished && viewStart + (v1 - v0) >= hi;
        tip.hidden = true;
        scheduleDraw();
        return;
      }
    }
    const hv = hit(ev.clientX, ev.clientY);
    if (hv?.seg !== hover?.seg) {
      hover = hv;
      scheduleDraw();
    }
    if (hv) showTip(hv, ev.clientX, ev.clientY);
    else tip.hidden = true;
  });
  const endDrag = (ev: PointerEvent): void => {
    const d = drag;
    drag = null;
    if (canvas.hasPointerCapture(ev.pointerId)) canvas.releasePointerCapture(ev.pointerId);
    if (d && !d.moved && ev.type === 'pointerup') {
      const hv = hit(ev.clientX, ev.clientY);
      if (hv) {
        if (opts.onRevealGoroutine) opts.onRevealGoroutine(hv.seg.g);
        else revealGoroutine(hv.seg.g);
      }
    }
  };
  canvas.addEventListener('pointerup', endDrag);
  canvas.addEventListener('pointercancel', endDrag);
  canvas.addEventListener('pointerleave', () => {
    if (drag) return;
    tip.hidden = true;
    if (hover) {
      hover = null;
      scheduleDraw();
    }
  });

  // Theme changes: re-read the custom properties.
  const themeObserver = new MutationObserver(() => {
    colors = null;
    colorCache.clear();
    scheduleDraw();
  });
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
  if (typeof window.matchMedia === 'function') {
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener?.('change', () => {
      colors = null;
      colorCache.clear();
      scheduleDraw();
    });
  }
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(() => {
      if (!element.isConnected) return;
      // Colours read while detached fall back to defaults: read them again.
      if (cssW === 0) colors = null;
      scheduleDraw();
    }).observe(wrap);
  }

  const reset = (): void => {
    lanes = new Map();
    laneList = [];
    handoffs = [];
    gaps = [];
    openOn = new Map();
    lastStop = new Map();
    pendingTo = new Map();
    seq = 0;
    events = 0;
    items = 0;
    itemHead = 0;
    dropped = 0;
    trimmed = 0;
    skipped = 0;
    resolvedHandoffs = 0;
    arrowsHidden = false;
    minT = Infinity;
    maxT = -Infinity;
    minS = 0;
    closedSegs = 0;
    zeroSegs = 0;
    finished = false;
    started = false;
    axisChoice = 'auto';
    zoomSpan = null;
    viewStart = 0;
    follow = true;
    hover = null;
    tip.hidden = true;
    element.dataset.state = 'idle';
    scheduleDraw();
  };

  const model = (): TimelineModel => {
    const a = axis();
    const v = view(a);
    return {
      lanes: laneList.map((l) => ({
        p: l.p,
        segments: l.segs.length,
        goroutines: [...new Set(l.segs.map((s) => s.g))].sort((x, y) => x - y),
      })),
      segments: laneList.reduce((n, l) => n + l.segs.length, 0),
      handoffs: handoffs.filter((h) => h.p1 >= 0).length,
      pendingHandoffs: handoffs.filter((h) => h.p1 < 0).length,
      events,
      dropped,
      trimmed,
      skipped,
      gaps: gaps.length,
      drawMs,
      finished,
      axis: a,
      domain: domain(a),
      view: [v[0], v[1]],
      following: follow && !finished,
    };
  };
  /** The centre of the widest visible segment, in CSS pixels from the canvas's
   *  top left corner (for tests that hover or click one). */
  const target = (): { x: number; y: number; g: number; p: number } | null => {
    const a = axis();
    const [v0, v1] = view(a);
    const k = Math.max(1, cssW - LABEL_W - RIGHT_PAD) / (v1 - v0);
    let best: { x: number; y: number; g: number; p: number; w: number } | null = null;
    laneList.forEach((lane, i) => {
      for (const s of lane.segs) {
        const x0 = Math.max(segX0(a, s), v0);
        const x1 = Math.min(segX1(a, s), v1);
        const w = (x1 - x0) * k;
        if (w > 0 && (!best || w > best.w)) {
          best = { x: LABEL_W + ((x0 + x1) / 2 - v0) * k, y: laneY(i) + laneH / 2, g: s.g, p: lane.p, w };
        }
      }
    });
    if (!best) return null;
    const b: { x: number; y: number; g: number; p: number } = best;
    return { x: b.x, y: b.y, g: b.g, p: b.p };
  };
  // Read-only hook for tests: the parsed model of the newest timeline.
  (globalThis as unknown as { __goparkTimeline?: object }).__goparkTimeline = Object.freeze({ model, target });

  reset();

  return {
    element,
    add(evs: TraceEvent[], droppedNow: number): void {
      if (finished) {
        // Events after finish() belong to a new run that was not cleared.
        reset();
      }
      element.dataset.state = 'live';
      const lost = Number(droppedNow) > 0;
      if (lost) dropped += Number(droppedNow);
      if (Array.isArray(evs)) {
        let from = 0;
        if (evs.length > MAX_BATCH) from = evs.length - MAX_BATCH;
        if ((lost || from > 0) && started) {
          // Events between what was shown and this push are missing: a gap.
          // What ran then is unknown: slices end where the gap starts.
          const first = evs[from];
          const ts = first && typeof first === 'object' ? Number(first.ts) || 0 : maxT;
          for (const l of laneList) if (l.open) closeSeg(l, Math.max(maxT, l.open.t0), seq, END_SWITCH);
          pendingTo.clear();
          lastStop.clear();
          if (ts > maxT) {
            gaps.push({ t0: maxT, t1: ts, s0: seq, s1: seq + from + 1 });
            if (gaps.length > 1000) gaps.shift();
          }
        }
        if (from > 0) {
          // Only the newest MAX_BATCH events of a huge push could be kept anyway.
          skipped += from;
          seq += from;
        }
        for (let i = from; i < evs.length; i++) {
          const e = evs[i];
          if (e && typeof e === 'object') ingest(e);
          if (items > MAX_ITEMS) trimOld();
        }
      }
      scheduleDraw();
    },
    finish(): void {
      for (const l of laneList) if (l.open) closeSeg(l, Math.max(maxT, l.open.t0), seq, END_RUNNING_AT_EXIT);
      finished = true;
      follow = false;
      element.dataset.state = 'finished';
      let slices = 0;
      for (const l of laneList) slices += l.segs.length;
      canvas.setAttribute(
        'aria-label',
        `Timeline of the run: ${laneList.length} Ps, ${slices} slices, ${resolvedHandoffs} channel hand-offs. ` +
          canvasHelp,
      );
      scheduleDraw();
    },
    clear(): void {
      forgetGoroutineNames();
      reset();
    },
  };
}
