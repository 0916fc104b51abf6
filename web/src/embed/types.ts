// Types of the runner (wasm/client.mjs) shared by the embed script.
export interface EmbedExit {
  status: number;
  reason: string;
  message?: string;
  diagnostics?: Array<{ line: number; col: number; message: string }>;
  snapshot?: string | null;
}
export interface RunnerApi {
  threads: boolean | null;
  ready(): Promise<{ threads: boolean }>;
  run(opts: Record<string, unknown>, handlers: {
    output?(fd: number, bytes: Uint8Array): void;
    snapshot?(json: string): void;
  }): Promise<EmbedExit>;
  stop(): Promise<unknown>;
}
