// embed.js: turns Go code blocks of a documentation page into runnable
// widgets (docs/embedding.md). Include it as
//   <script type="module" src="https://HOST/embed.js"></script>
// Every `<pre><code class="language-go">` and every element with
// `data-gopark` becomes a widget; all widgets share one engine.
import { encodeFragment } from '../share';
import { base, engine, threaded } from './engine';
import { summarize } from './summary';
import type { WidgetEditor } from './edit';
import type { EmbedExit } from './types';

const CSS = `
.gpk { border: 1px solid #c9ced6; border-radius: 6px; margin: 1em 0; overflow: hidden; background: #fbfbfc; color: #1d2330; }
.gpk pre.gpk-code { margin: 0; padding: 10px 12px; overflow: auto; background: transparent; border: 0; font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; tab-size: 4; }
.gpk-bar { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; padding: 6px 8px; border-top: 1px solid #e1e4e8; background: #f0f2f5; font: 13px system-ui, sans-serif; }
.gpk-bar button { font: inherit; padding: 2px 10px; border: 1px solid #b5bcc6; border-radius: 4px; background: #fff; color: inherit; cursor: pointer; }
.gpk-bar button.gpk-run { background: #0b6bcb; border-color: #0b6bcb; color: #fff; }
.gpk-bar button:disabled { opacity: .5; cursor: default; }
.gpk-bar a { margin-left: auto; color: #0b6bcb; }
.gpk-state { color: #5b6472; font-size: 12px; }
.gpk-out { margin: 0; padding: 8px 12px; max-height: 18em; overflow: auto; background: #14181f; color: #e6e6e6; font: 12.5px/1.4 ui-monospace, Menlo, Consolas, monospace; white-space: pre-wrap; border: 0; tab-size: 4; }
.gpk-out:empty { display: none; }
.gpk-err { color: #ff7b72; }
.gpk-note { color: #8b949e; }
.gpk-expected { margin: 0; padding: 6px 12px; border-top: 1px solid #e1e4e8; font: 12.5px/1.4 ui-monospace, Menlo, Consolas, monospace; white-space: pre-wrap; color: #3b4350; }
.gpk-expected::before { content: 'Expected output'; display: block; font: 11px system-ui, sans-serif; color: #5b6472; }
.gpk-editor { height: 240px; border-bottom: 1px solid #e1e4e8; }
`;

function addStyle(): void {
  if (document.getElementById('gopark-embed-style')) return;
  const s = document.createElement('style');
  s.id = 'gopark-embed-style';
  s.textContent = CSS;
  document.head.appendChild(s);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

// Options come from the element and, for <pre><code>, from either of them.
function option(els: HTMLElement[], name: string): string | undefined {
  for (const e of els) {
    const v = e.getAttribute('data-' + name);
    if (v !== null) return v;
  }
  return undefined;
}

// Attribute text may carry newlines literally or as "\n".
const lines = (s: string | undefined): string => (s ?? '').replace(/\\n/g, '\n');

function joinParts(prefix: string, body: string, suffix: string): string {
  let out = '';
  for (const part of [prefix, body, suffix]) {
    if (part === '') continue;
    if (out !== '' && !out.endsWith('\n')) out += '\n';
    out += part;
  }
  return out.endsWith('\n') ? out : out + '\n';
}

interface Widget { run(): Promise<void> }
let current: Widget | null = null;
let autorunChain: Promise<void> = Promise.resolve();

function makeWidget(target: HTMLElement): void {
  const code = target.matches('pre') ? target.querySelector('code') : null;
  const els = code ? [code, target] : [target];
  const procs = Number(option(els, 'procs') ?? 0);
  const seed = option(els, 'seed') ?? '';
  const clock = option(els, 'clock') === 'fake' ? 'fake' : 'real';
  const readonly = option(els, 'readonly') !== undefined;
  const expected = option(els, 'expected');
  const autorun = option(els, 'autorun') !== undefined;
  const prefix = lines(option(els, 'prefix'));
  const suffix = lines(option(els, 'suffix'));
  const visible = (code ?? target).textContent ?? '';

  const box = el('div', 'gpk');
  box.setAttribute('data-gopark-widget', '');
  const pre = el('pre', 'gpk-code', visible.replace(/\n$/, ''));
  const bar = el('div', 'gpk-bar');
  const runBtn = el('button', 'gpk-run', 'Run');
  const stopBtn = el('button', 'gpk-stop', 'Stop');
  const editBtn = el('button', 'gpk-edit', 'Edit');
  const state = el('span', 'gpk-state');
  state.setAttribute('role', 'status');
  const link = el('a', 'gpk-open', 'Open in playground');
  link.target = '_blank';
  link.rel = 'noopener';
  const out = el('pre', 'gpk-out');
  out.setAttribute('aria-label', 'Program output');
  for (const b of [runBtn, stopBtn, editBtn]) b.type = 'button';
  stopBtn.disabled = true;
  bar.append(runBtn, stopBtn);
  if (!readonly) bar.append(editBtn);
  bar.append(state, link);
  box.append(pre, bar, out);
  if (expected !== undefined) box.append(el('pre', 'gpk-expected', lines(expected)));
  target.replaceWith(box);

  let editor: WidgetEditor | null = null;
  const body = (): string => editor ? editor.getValue() : visible;
  const program = (): string => joinParts(prefix, body(), suffix);
  const shareOpts = { procs: Number.isInteger(procs) && procs > 0 ? procs : 0, seed: /^\d+$/.test(seed) ? seed : '', clock } as const;

  const updateLink = async (): Promise<void> => {
    const frag = await encodeFragment({ source: program(), ...shareOpts });
    link.href = new URL(frag, base).href;
  };
  void updateLink();

  editBtn.addEventListener('click', async () => {
    editBtn.disabled = true;
    editBtn.textContent = 'Loading…';
    try {
      const { createWidgetEditor } = await import('./edit');
      const host = el('div', 'gpk-editor');
      const n = body().split('\n').length;
      host.style.height = `${Math.min(480, Math.max(120, n * 19 + 16))}px`;
      pre.replaceWith(host);
      editor = createWidgetEditor(host, body().replace(/\n$/, ''));
      editBtn.remove();
    } catch (err) {
      editBtn.disabled = false;
      editBtn.textContent = 'Edit';
      note(`Could not load the editor: ${String(err)}`, true);
    }
  });
  link.addEventListener('focus', () => void updateLink());
  link.addEventListener('mouseenter', () => void updateLink());

  function note(text: string, err = false): void {
    out.append(el('span', err ? 'gpk-err' : 'gpk-note', text));
  }

  const widget: Widget = {
    async run() {
      // A second Run anywhere on the page stops the run going on.
      current = widget;
      await updateLink();
      out.textContent = '';
      state.textContent = 'starting…';
      runBtn.disabled = true;
      stopBtn.disabled = false;
      const decoders = [new TextDecoder(), new TextDecoder(), new TextDecoder()];
      let exit: EmbedExit;
      try {
        const r = engine();
        await r.ready();
        if (current !== widget) return;
        state.textContent = 'running';
        exit = await r.run({
          source: program(),
          procs: shareOpts.procs || undefined,
          seed: shareOpts.seed || undefined,
          clock,
          snapshots: true,
          finalSnapshot: true,
        }, {
          output(fd, bytes) {
            const text = decoders[fd === 2 ? 2 : 1].decode(bytes, { stream: true });
            if (fd === 2) out.append(el('span', 'gpk-err', text));
            else out.append(document.createTextNode(text));
            out.scrollTop = out.scrollHeight;
          },
          snapshot(json) {
            const s = summarize(json);
            if (s) state.textContent = s;
          },
        });
      } catch (err) {
        note(`The engine could not start: ${String(err)}`, true);
        state.textContent = 'engine failed';
        return;
      } finally {
        runBtn.disabled = false;
        stopBtn.disabled = true;
      }
      const final = summarize(exit.snapshot);
      const live = state.textContent;
      if (exit.diagnostics?.length) {
        const off = prefix === '' ? 0 : joinParts(prefix, '', '').split('\n').length - 1;
        for (const d of exit.diagnostics) note(`line ${d.line - off}:${d.col}: ${d.message}\n`, true);
      } else if (exit.message && exit.reason === 'error') {
        note(exit.message + '\n', true);
      }
      const how = exit.reason === 'stopped' || exit.reason === 'killed' ? 'Program stopped.'
        : exit.status === 0 ? 'Program exited.' : `Program exited: status ${exit.status}.`;
      note((out.textContent && !out.textContent.endsWith('\n') ? '\n' : '') + how, exit.status !== 0 && exit.reason !== 'stopped');
      // The final snapshot is only telling when goroutines were left (a
      // deadlock, a stop); else keep the last live summary.
      state.textContent = final && !final.startsWith('0 ') ? `at exit: ${final}`
        : live && /goroutine/.test(live) ? `last seen: ${live}` : 'done';
    },
  };
  runBtn.addEventListener('click', () => void widget.run());
  stopBtn.addEventListener('click', () => void engine().stop());
  if (autorun) autorunChain = autorunChain.then(() => widget.run());
}

function init(): void {
  addStyle();
  const found = new Set<HTMLElement>();
  for (const e of document.querySelectorAll<HTMLElement>('[data-gopark]')) found.add(e);
  for (const c of document.querySelectorAll<HTMLElement>('pre > code.language-go')) {
    const pre = c.parentElement as HTMLElement;
    if (!pre.closest('[data-gopark-widget], [data-gopark-skip]') && ![...found].some((f) => f.contains(pre))) found.add(pre);
  }
  for (const e of found) makeWidget(e);
}

// For tests and host pages: whether the widgets run on threads.
Object.defineProperty(window, '__goparkEmbed', { value: Object.freeze({ threaded }), configurable: true });

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init, { once: true });
else init();
