// The console: xterm.js showing a program's stdout plainly and its stderr
// (compile errors, panics) in red, then the exit line as the Go playground
// writes it.
import { Terminal, type ITheme } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';

const themes: Record<'light' | 'dark', ITheme> = {
  light: {
    background: '#ffffff', foreground: '#1f2328', cursor: '#ffffff', cursorAccent: '#ffffff',
    selectionBackground: '#b6d6fd', red: '#c4161c', brightRed: '#c4161c', brightBlack: '#6e7781',
  },
  dark: {
    background: '#1e1e1e', foreground: '#d4d4d4', cursor: '#1e1e1e', cursorAccent: '#1e1e1e',
    selectionBackground: '#264f78', red: '#f48771', brightRed: '#f48771', brightBlack: '#8b949e',
  },
};

// Lines the console keeps; older ones scroll out and a notice says how
// many (a program printing forever is never stopped for it).
const SCROLLBACK = 5000;

const RED = '\x1b[31m';
const RESET = '\x1b[0m';

export class Console {
  private term: Terminal;
  private fit: FitAddon;
  private atLineStart = true;
  private lines = 0;  // newlines written since clear()
  private dropped: HTMLElement;

  constructor(host: HTMLElement, theme: 'light' | 'dark') {
    this.term = new Terminal({
      convertEol: false,
      disableStdin: true,
      cursorBlink: false,
      cursorStyle: 'bar',
      cursorInactiveStyle: 'none',
      scrollback: SCROLLBACK,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace',
      fontSize: 13,
      theme: themes[theme],
    });
    this.fit = new FitAddon();
    this.term.loadAddon(this.fit);
    this.term.open(host);
    // Over the console's top right corner, shown once output has scrolled
    // out of the buffer.
    this.dropped = document.createElement('div');
    this.dropped.className = 'gp-console-dropped';
    this.dropped.setAttribute('role', 'status');
    Object.assign(this.dropped.style, {
      position: 'absolute', top: '4px', right: '18px', zIndex: '5', padding: '1px 6px',
      font: '12px system-ui, sans-serif', borderRadius: '4px', opacity: '0.9',
      background: 'var(--header-bg, #eee)', color: 'var(--muted, #666)', border: '1px solid var(--border, #ccc)',
    });
    this.dropped.hidden = true;
    const wrap = host.parentElement ?? host;
    if (getComputedStyle(wrap).position === 'static') wrap.style.position = 'relative';
    wrap.appendChild(this.dropped);
    this.resize();
    new ResizeObserver(() => this.resize()).observe(host);
  }

  resize(): void {
    try {
      this.fit.fit();
    } catch {
      // not laid out yet
    }
  }

  setTheme(theme: 'light' | 'dark'): void {
    this.term.options.theme = themes[theme];
  }

  clear(): void {
    this.term.reset();
    this.atLineStart = true;
    this.lines = 0;
    this.dropped.hidden = true;
  }

  // How many lines have scrolled out of the buffer (0 if none).
  droppedLines(): number {
    return Math.max(0, this.lines - (SCROLLBACK + this.term.rows));
  }

  private countLines(text: string): void {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lines++;
    const n = this.droppedLines();
    if (n > 0) {
      this.dropped.textContent = `${n.toLocaleString('en-US')} older lines dropped (the console keeps the last ${SCROLLBACK.toLocaleString('en-US')})`;
      this.dropped.hidden = false;
    }
  }

  // Writes program text (already decoded); resolves when xterm has
  // processed it, so the runner's flow control can hold a flood back.
  write(fd: number, text: string): Promise<void> {
    if (text === '') return Promise.resolve();
    this.atLineStart = text.endsWith('\n');
    this.countLines(text);
    const body = text.replace(/\n/g, '\r\n');
    const data = fd === 2 ? RED + body + RESET : body;
    return new Promise((resolve) => this.term.write(data, resolve));
  }

  // A line of the page's own (not the program's), on a line of its own.
  line(text: string, color: 'plain' | 'red' | 'dim' = 'plain'): Promise<void> {
    const pre = this.atLineStart ? '' : '\r\n';
    this.atLineStart = true;
    this.countLines(pre ? '\n\n' : '\n');
    const c = color === 'red' ? RED : color === 'dim' ? '\x1b[90m' : '';
    return new Promise((resolve) => this.term.write(pre + c + text + (c ? RESET : '') + '\r\n', resolve));
  }

  // The text on the terminal, wrapped lines joined (for tests and copy).
  text(): string {
    const buf = this.term.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buf.length; i++) {
      const l = buf.getLine(i);
      if (!l) continue;
      const s = l.translateToString(true);
      if (l.isWrapped && lines.length) lines[lines.length - 1] += s;
      else lines.push(s);
    }
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    return lines.join('\n');
  }
}
