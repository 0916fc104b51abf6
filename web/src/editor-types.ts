// A compile diagnostic, as the runner reports it (docs/runner.md).
export interface Diagnostic {
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
  message: string;
}
