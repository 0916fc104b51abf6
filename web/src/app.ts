// The playground page: editor, console, examples, run/stop, options, share
// links, the draft, theme, and the state panel and timeline (panels/*).
// Loaded by main.ts after it has started the runner.
import { isolated, runner, runnerReady } from './runner';
import { createEditor, markers, onRunKey, revealLine, setDiagnostics, setEditorTheme } from './editor';
import { Console } from './term';
import { confirmDialog } from './dialog';
import { decodeFragment, encodeFragment, isShareFragment, type Options, type Shared } from './share';
import { loadJSON, save } from './storage';
import { createStatePanel } from './panels/state';
import { createTimeline } from './panels/timeline';
import type { Snapshot, TraceEvent } from './panels/types';

const kTraceLimit = 20000;

// --- elements ------------------------------------------------------------

function el<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} missing`);
  return e as T;
}
const examplesSel = el<HTMLSelectElement>('examples');
const runBtn = el<HTMLButtonElement>('run');
const stopBtn = el<HTMLButtonElement>('stop');
const shareBtn = el<HTMLButtonElement>('share');
const procsSel = el<HTMLSelectElement>('procs');
const seedIn = el<HTMLInputElement>('seed');
const timeLimitIn = el<HTMLInputElement>('timelimit');  // seconds; empty: none
const clockIn = el<HTMLInputElement>('clock');
const engineLabel = el<HTMLElement>('engine');
const themeBtn = el<HTMLButtonElement>('theme');
const notice = el<HTMLElement>('notice');
const noticeText = el<HTMLElement>('notice-text');
const noticeAction = el<HTMLButtonElement>('notice-action');
const shareLink = el<HTMLInputElement>('share-link');

// --- theme -----------------------------------------------------------------

type Theme = 'light' | 'dark';
let theme: Theme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
function applyTheme(t: Theme): void {
  theme = t;
  document.documentElement.dataset.theme = t;
  themeBtn.textContent = t === 'dark' ? 'Light' : 'Dark';
  themeBtn.setAttribute('aria-label', `Switch to the ${t === 'dark' ? 'light' : 'dark'} theme`);
  setEditorTheme(t);
  con?.setTheme(t);
}

// --- editor, console, panels -------------------------------------------------

const editor = createEditor(el('editor'), theme);
const con: Console = new Console(el('console'), theme);
applyTheme(theme);
themeBtn.addEventListener('click', () => {
  applyTheme(theme === 'dark' ? 'light' : 'dark');
  save('gopark.theme', theme);
});

const statePanel = createStatePanel({ onRevealLine: (line) => revealLine(editor, line) });
const timeline = createTimeline({});
el('pane-state').append(statePanel.element);
el('pane-timeline').append(timeline.element);

const tabs = [el<HTMLButtonElement>('tab-state'), el<HTMLButtonElement>('tab-timeline')];
const panes = [el('pane-state'), el('pane-timeline')];
function selectTab(i: number, focus = false): void {
  tabs.forEach((t, j) => {
    t.setAttribute('aria-selected', String(i === j));
    t.tabIndex = i === j ? 0 : -1;
    panes[j].hidden = i !== j;
  });
  if (focus) tabs[i].focus();
  window.dispatchEvent(new Event('resize'));  // a canvas that was hidden measures itself
}
tabs.forEach((t, i) => {
  t.addEventListener('click', () => selectTab(i));
  t.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      selectTab((i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length, true);
    }
  });
});

// --- options -----------------------------------------------------------------

const cpus = Math.max(1, Math.min(256, navigator.hardwareConcurrency || 1));
function fillProcs(extra?: number): void {
  const want = new Set<number>();
  for (let i = 1; i <= cpus; i++) want.add(i);
  if (extra && extra > 0) want.add(extra);
  const keep = procsSel.value;
  procsSel.replaceChildren();
  const all = document.createElement('option');
  all.value = '0';
  all.textContent = `all (${cpus})`;
  procsSel.append(all);
  for (const n of [...want].sort((a, b) => a - b)) {
    const o = document.createElement('option');
    o.value = String(n);
    o.textContent = String(n);
    procsSel.append(o);
  }
  procsSel.value = keep || '0';
  if (procsSel.selectedIndex < 0) procsSel.value = '0';
}
fillProcs();

function getOptions(): Options {
  const seed = seedIn.value.trim();
  return {
    procs: Number(procsSel.value) || 0,
    seed: /^\d+$/.test(seed) ? seed : '',
    clock: clockIn.checked ? 'fake' : 'real',
  };
}
function setOptions(o: Partial<Options>): void {
  if (o.procs !== undefined) {
    if (o.procs > cpus) fillProcs(o.procs);
    procsSel.value = String(o.procs);
    if (procsSel.selectedIndex < 0) procsSel.value = '0';
  }
  if (o.seed !== undefined) seedIn.value = o.seed;
  if (o.clock !== undefined) clockIn.checked = o.clock === 'fake';
}

// --- the draft -----------------------------------------------------------------

interface Draft extends Options {
  source: string;
  example: string | null;  // the example it started from, if any
  dirty: boolean;          // edited since it was loaded
}
function isDraft(v: unknown): v is Draft {
  const d = v as Draft;
  return typeof v === 'object' && v !== null && typeof d.source === 'string' && typeof d.procs === 'number'
    && typeof d.seed === 'string' && (d.clock === 'real' || d.clock === 'fake');
}
const DRAFT_KEY = 'gopark.draft';
const PREVIOUS_KEY = 'gopark.previousDraft';
// ?embed (the page in another site's iframe) keeps no draft: it would
// replace the user's own playground draft (same origin, same storage)
// with each embedded program.
const keepsDraft = !/^\?(.*&)?embed(=|&|$)/.test(location.search);

let baseline = '';                 // the source as last loaded
let loadedExample: string | null = null;
let loading = false;               // setValue in progress: not an edit
function isDirty(): boolean {
  return editor.getValue() !== baseline;
}
function currentDraft(): Draft {
  return { source: editor.getValue(), example: loadedExample, dirty: isDirty(), ...getOptions() };
}
let saveTimer = 0;
function saveDraftSoon(): void {
  clearTimeout(saveTimer);
  saveTimer = window.setTimeout(saveDraftNow, 400);
}
function saveDraftNow(): void {
  clearTimeout(saveTimer);
  if (keepsDraft) save(DRAFT_KEY, JSON.stringify(currentDraft()));
}
window.addEventListener('pagehide', saveDraftNow);

function loadSource(source: string, opts: Partial<Options>, example: string | null, dirty = false): void {
  loading = true;
  editor.setValue(source);
  loading = false;
  baseline = dirty ? '' : source;
  loadedExample = example;
  setOptions(opts);
  examplesSel.value = example ?? '';
  setDiagnostics(editor, []);
  saveDraftNow();
}

// --- examples --------------------------------------------------------------------

interface Example {
  file: string;
  title: string;
  section: string;
  procs: number;
  clock: 'real' | 'fake';
  summary?: string;
}
let examples: Example[] = [];

async function loadManifest(): Promise<void> {
  const res = await fetch('examples/manifest.json');
  if (!res.ok) throw new Error(`examples/manifest.json: ${res.status}`);
  const list = (await res.json()) as Example[];
  examples = list.filter((e) => typeof e.file === 'string' && typeof e.title === 'string');
  examplesSel.replaceChildren();
  const none = document.createElement('option');
  none.value = '';
  none.textContent = 'Your program';
  examplesSel.append(none);
  let group: HTMLOptGroupElement | null = null;
  for (const e of examples) {
    if (!group || group.label !== e.section) {
      group = document.createElement('optgroup');
      group.label = e.section;
      examplesSel.append(group);
    }
    const o = document.createElement('option');
    o.value = e.file;
    o.textContent = e.title;
    if (e.summary) o.title = e.summary;
    group.append(o);
  }
}

async function fetchExample(e: Example): Promise<string> {
  const res = await fetch(`examples/${encodeURIComponent(e.file)}`);
  if (!res.ok) throw new Error(`examples/${e.file}: ${res.status}`);
  return res.text();
}

function exampleOptions(e: Example): Partial<Options> {
  return { procs: e.procs > 0 ? e.procs : 0, clock: e.clock === 'fake' ? 'fake' : 'real' };
}

async function pickExample(file: string): Promise<void> {
  const e = examples.find((x) => x.file === file);
  if (!e) return;
  if (isDirty() && !(await confirmDialog(`Replace your edited program with the example "${e.title}"? Your changes will be lost.`, 'Replace', 'Keep editing'))) {
    examplesSel.value = loadedExample ?? '';
    return;
  }
  try {
    loadSource(await fetchExample(e), exampleOptions(e), e.file);
    con.clear();
    statePanel.clear();
    timeline.clear();
    editor.focus();
  } catch (err) {
    examplesSel.value = loadedExample ?? '';
    void con.line(`Could not load the example: ${String(err)}`, 'red');
  }
}
examplesSel.addEventListener('change', () => void pickExample(examplesSel.value));

// --- the runner ----------------------------------------------------------------

let ready = false;
let running = false;
let runSeq = 0;

function setRunning(on: boolean): void {
  running = on;
  runBtn.disabled = !ready;
  stopBtn.disabled = !on;
  document.body.classList.toggle('gp-running', on);
}

async function run(): Promise<void> {
  if (!ready) return;
  const seq = ++runSeq;
  const source = editor.getValue();
  const opts = getOptions();
  clearTimeout(checkTimer);
  setDiagnostics(editor, []);
  con.clear();
  statePanel.clear();
  timeline.clear();
  setRunning(true);
  const dec: Record<number, TextDecoder> = { 1: new TextDecoder(), 2: new TextDecoder() };
  const current = () => seq === runSeq;
  const exit = await runner.run({
    source, procs: opts.procs, seed: opts.seed === '' ? 0 : opts.seed, clock: opts.clock,
    // At most kTraceLimit events per push (the newest): a busy program
    // records a million between two pushes; the timeline keeps 200,000.
    snapshots: true, trace: true, traceLimit: kTraceLimit, finalSnapshot: true,
    timeLimitMs: /^\d+$/.test(timeLimitIn.value.trim()) ? Number(timeLimitIn.value.trim()) * 1000 : 0,
  }, {
    output(fd, bytes) {
      if (!current()) return;
      const d = dec[fd] ?? dec[1];
      return con.write(fd, d.decode(bytes, { stream: true }));
    },
    snapshot(json) {
      if (!current()) return;
      try {
        statePanel.update(JSON.parse(json) as Snapshot);
      } catch {
        // a bad snapshot is skipped; the next one replaces it
      }
    },
    trace(events, dropped) {
      if (!current()) return;
      timeline.add(parseEvents(events), dropped);
    },
  });
  if (!current()) return;
  await con.write(1, dec[1].decode());
  await con.write(2, dec[2].decode());
  let snap: Snapshot | null = null;
  if (exit.snapshot) {
    try {
      snap = JSON.parse(exit.snapshot) as Snapshot;
    } catch {
      snap = null;
    }
  }
  statePanel.freeze(snap, exit.reason);
  timeline.add(parseEvents(exit.events ?? []), exit.dropped ?? 0);
  timeline.finish();
  if (exit.diagnostics?.length && editor.getValue() === source) setDiagnostics(editor, exit.diagnostics);
  if (exit.reason === 'error' || exit.reason === 'crashed') {
    await con.line(`The runner failed: ${exit.message ?? exit.reason}`, 'red');
  }
  if (exit.reason === 'timeout') await con.line(`Program stopped: ${exit.message ?? 'time limit'}.`, 'red');
  else if (exit.reason === 'stopped' || exit.reason === 'killed') await con.line('Program stopped.');
  else if (exit.status === 0) await con.line('Program exited.');
  else await con.line(`Program exited: status ${exit.status}.`);
  setRunning(false);
}

function parseEvents(events: TraceEvent[] | string): TraceEvent[] {
  if (typeof events !== 'string') return events;
  try {
    return JSON.parse(events) as TraceEvent[];
  } catch {
    return [];
  }
}

async function stop(): Promise<void> {
  if (!running) return;
  stopBtn.disabled = true;
  await runner.stop();
}

runBtn.addEventListener('click', () => void run());
stopBtn.addEventListener('click', () => void stop());
onRunKey(editor, () => void run());
document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === 'Enter' && !e.defaultPrevented) {
    if (document.querySelector('dialog[open]')) return;
    e.preventDefault();
    void run();
  }
});

// Compile as you type: markers for errors, cleared on every change.
let checkTimer = 0;
editor.onDidChangeModelContent(() => {
  if (loading) return;
  setDiagnostics(editor, []);
  saveDraftSoon();
  clearTimeout(checkTimer);
  checkTimer = window.setTimeout(async () => {
    if (!ready || running) return;
    const source = editor.getValue();
    try {
      const diags = await runner.compile(source);
      if (!running && editor.getValue() === source) setDiagnostics(editor, diags);
    } catch {
      // the runner is restarting; the next edit checks again
    }
  }, 800);
});
for (const input of [procsSel, seedIn, clockIn]) input.addEventListener('change', saveDraftSoon);

// --- notices (share link, restored draft, ...) ------------------------------------

function showNotice(text: string, opts: { link?: string; action?: { label: string; run(): void } } = {}): void {
  noticeText.textContent = text;
  shareLink.hidden = opts.link === undefined;
  shareLink.value = opts.link ?? '';
  noticeAction.hidden = !opts.action;
  noticeAction.textContent = opts.action?.label ?? '';
  noticeAction.onclick = opts.action ? () => opts.action?.run() : null;
  notice.hidden = false;
  if (opts.link !== undefined) {
    shareLink.focus();
    shareLink.select();
  }
}
function hideNotice(): void {
  notice.hidden = true;
}
el('notice-close').addEventListener('click', hideNotice);

// --- share -----------------------------------------------------------------------

shareBtn.addEventListener('click', async () => {
  const frag = await encodeFragment({ source: editor.getValue(), ...getOptions() });
  const url = location.href.replace(/#.*$/, '') + frag;
  history.replaceState(null, '', frag);
  let copied = false;
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(url);
      copied = true;
    }
  } catch {
    copied = false;
  }
  showNotice(copied ? 'Link copied to the clipboard:' : 'Copy this link:', { link: url });
});

async function openLink(hash: string, atStartup: boolean): Promise<boolean> {
  let shared: Shared;
  try {
    shared = await decodeFragment(hash);
  } catch (err) {
    await con.line(`This link could not be opened: ${(err as Error).message}. Your draft is kept.`, 'red');
    return false;
  }
  const prev = !atStartup ? currentDraft() : keepsDraft ? loadJSON(DRAFT_KEY, isDraft) : null;
  if (!atStartup && isDirty() && prev && prev.source !== shared.source
      && !(await confirmDialog('Open the program of this link? Your edited program will be kept as your previous draft.', 'Open link', 'Cancel'))) {
    return false;
  }
  if (keepsDraft && prev && prev.source !== shared.source && prev.source.trim() !== '') {
    save(PREVIOUS_KEY, JSON.stringify(prev));
    showNotice('Opened a shared program. Your previous draft is kept.', {
      action: { label: 'Restore my draft', run: () => void restorePrevious() },
    });
  }
  loadSource(shared.source, shared, null);
  return true;
}

async function restorePrevious(): Promise<void> {
  const prev = loadJSON(PREVIOUS_KEY, isDraft);
  if (!prev) return;
  if (isDirty() && !(await confirmDialog('Replace the program in the editor with your previous draft?', 'Restore', 'Cancel'))) return;
  const now = currentDraft();
  loadSource(prev.source, prev, prev.example, prev.dirty);
  save(PREVIOUS_KEY, JSON.stringify(now));
  history.replaceState(null, '', location.pathname + location.search);
  hideNotice();
}

window.addEventListener('hashchange', () => {
  if (isShareFragment(location.hash)) void openLink(location.hash, false);
});

// --- start -------------------------------------------------------------------------

async function start(): Promise<void> {
  engineLabel.textContent = isolated ? `threads: ${cpus} workers` : 'single-thread';
  if (!isolated) {
    engineLabel.title = 'This page is not cross-origin isolated (no COOP/COEP headers), so programs run on the single-thread build: all Ps take turns on one thread.';
    engineLabel.classList.add('gp-engine-single');
  }
  const manifest = loadManifest().catch((err) => {
    void con.line(`Could not load the examples: ${String(err)}`, 'red');
  });
  await manifest;
  let opened = false;
  if (isShareFragment(location.hash)) opened = await openLink(location.hash, true);
  if (!opened) {
    const draft = keepsDraft ? loadJSON(DRAFT_KEY, isDraft) : null;
    if (draft && draft.source !== '') {
      loadSource(draft.source, draft, draft.example, draft.dirty);
    } else if (examples.length) {
      try {
        loadSource(await fetchExample(examples[0]), exampleOptions(examples[0]), examples[0].file);
      } catch (err) {
        void con.line(`Could not load the first example: ${String(err)}`, 'red');
      }
    }
  }
  try {
    const r = await runnerReady;
    ready = true;
    readyAt = performance.now();
    engineLabel.textContent = r.threads ? `threads: ${cpus} workers` : 'single-thread';
    setRunning(false);
    document.body.dataset.ready = 'true';
  } catch (err) {
    engineLabel.textContent = 'engine failed';
    await con.line(`The engine could not start: ${String(err)}`, 'red');
  }
}

// A read-only hook for tests and the benchmark (readyAt: ms from navigation
// start until Run was enabled with the runner ready).
let readyAt = -1;
Object.defineProperty(window, '__gopark', {
  value: Object.freeze({
    consoleText: () => con.text(),
    markers: () => markers(editor),
    source: () => editor.getValue(),
    isReady: () => ready,
    isRunning: () => running,
    readyAt: () => readyAt,
  }),
});

void start();
