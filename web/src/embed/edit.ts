// Monaco for a widget, loaded (as its own chunk) only when the reader
// clicks Edit. Its editor worker is made from a same-origin Blob module that
// imports the real worker, since embed.js may come from another origin.
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/go/register';
import workerUrl from 'monaco-editor/editor/editor.worker?worker&url';

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => {
    const abs = new URL(workerUrl, import.meta.url).href;
    const blob = new Blob([`import ${JSON.stringify(abs)};`], { type: 'text/javascript' });
    return new Worker(URL.createObjectURL(blob), { type: 'module' });
  },
};

export interface WidgetEditor {
  getValue(): string;
  setValue(text: string): void;
}

export function createWidgetEditor(host: HTMLElement, text: string): WidgetEditor {
  const dark = matchMedia('(prefers-color-scheme: dark)').matches &&
    document.documentElement.getAttribute('data-theme') !== 'light';
  const ed = monaco.editor.create(host, {
    value: text,
    language: 'go',
    theme: dark ? 'vs-dark' : 'vs',
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 13,
    tabSize: 4,
    insertSpaces: false,
  });
  ed.focus();
  return ed;
}
