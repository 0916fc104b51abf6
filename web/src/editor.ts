// Monaco, lean: the editor API, Go's highlighting and the editor worker,
// nothing else (no TypeScript/CSS/HTML/JSON language services).
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/go/register';
// The editing features a playground needs, not all of Monaco's.
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/indentation/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

import type { Diagnostic } from './editor-types';
export type { Diagnostic };

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

export type Editor = monaco.editor.IStandaloneCodeEditor;

export function createEditor(host: HTMLElement, theme: 'light' | 'dark'): Editor {
  return monaco.editor.create(host, {
    value: '',
    language: 'go',
    theme: theme === 'dark' ? 'vs-dark' : 'vs',
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 13,
    tabSize: 4,
    insertSpaces: false,
    detectIndentation: false,
    scrollBeyondLastLine: false,
    renderWhitespace: 'none',
    fixedOverflowWidgets: true,
    ariaLabel: 'Go source',
  });
}

export function setEditorTheme(theme: 'light' | 'dark'): void {
  monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs');
}

export function onRunKey(editor: Editor, run: () => void): void {
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, run);
}

const OWNER = 'gopark';

export function setDiagnostics(editor: Editor, diags: Diagnostic[]): void {
  const model = editor.getModel();
  if (!model) return;
  const markers = diags.map((d) => {
    const line = Math.min(Math.max(1, d.line), model.getLineCount());
    const col = Math.max(1, d.col);
    let endLine = d.endLine && d.endLine >= line ? Math.min(d.endLine, model.getLineCount()) : line;
    let endCol = d.endCol && (endLine > line || d.endCol > col) ? d.endCol : 0;
    if (!endCol) {
      // No range: mark the word at the position, or the rest of the line.
      const word = model.getWordAtPosition({ lineNumber: line, column: col });
      endLine = line;
      endCol = word ? word.endColumn : model.getLineMaxColumn(line);
      if (endCol <= col) endCol = col + 1;
    }
    return {
      severity: monaco.MarkerSeverity.Error,
      message: d.message,
      startLineNumber: line,
      startColumn: col,
      endLineNumber: endLine,
      endColumn: endCol,
      source: 'go',
    };
  });
  monaco.editor.setModelMarkers(model, OWNER, markers);
}

export function markers(editor: Editor): Array<{ line: number; col: number; message: string }> {
  const model = editor.getModel();
  if (!model) return [];
  return monaco.editor.getModelMarkers({ resource: model.uri, owner: OWNER })
    .map((m) => ({ line: m.startLineNumber, col: m.startColumn, message: m.message }));
}

export function revealLine(editor: Editor, line: number): void {
  const model = editor.getModel();
  if (!model || line < 1 || line > model.getLineCount()) return;
  editor.revealLineInCenter(line);
  editor.setSelection(new monaco.Selection(line, 1, line, model.getLineMaxColumn(line)));
  editor.focus();
}
