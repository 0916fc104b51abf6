// The runner (wasm/client.mjs), typed as the page uses it, started as soon
// as the page loads: the worker fetches and compiles the engine while the
// main thread is still parsing Monaco.
import { Runner as RunnerJS, browserWorker } from '../../wasm/client.mjs';
import type { Diagnostic } from './editor-types';
import type { TraceEvent } from './panels/types';

export interface ExitMessage {
  status: number;
  reason: string;
  message?: string;
  diagnostics?: Diagnostic[];
  snapshot?: string | null;
  events?: TraceEvent[] | string;
  dropped?: number;
}
export interface RunHandlers {
  output(fd: number, bytes: Uint8Array): Promise<void> | void;
  snapshot(json: string): void;
  trace(events: TraceEvent[] | string, dropped: number): void;
}
export interface RunnerApi {
  threads: boolean | null;
  ready(): Promise<{ threads: boolean }>;
  compile(source: string): Promise<Diagnostic[]>;
  run(opts: Record<string, unknown>, handlers: RunHandlers): Promise<ExitMessage>;
  stop(): Promise<ExitMessage | null>;
}
const Runner = RunnerJS as unknown as new (make: unknown) => RunnerApi;


export const isolated = globalThis.crossOriginIsolated === true;
export const engineUrl = isolated ? 'engine/threads/gopark-engine.js' : 'engine/single/gopark-engine.js';
export const runner = new Runner(browserWorker('runner.js', engineUrl));
export const runnerReady = runner.ready();
runnerReady.catch(() => {});  // reported by the page
