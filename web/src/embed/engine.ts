// The one engine instance every widget on a page shares. embed.js may be
// served from another origin than the page, so every file is found relative
// to the script's own URL, and the runner worker is made from a same-origin
// Blob that importScripts() the absolute runner URL (a Worker cannot be
// constructed from a cross-origin URL).
import { Runner as RunnerJS } from '../../../wasm/client.mjs';
import type { RunnerApi } from './types';

export const base = new URL(/* @vite-ignore */ './', import.meta.url);

// Threads need an isolated page, and the engine's pthread workers must be
// same-origin with it; otherwise the single-thread build.
export const threaded = globalThis.crossOriginIsolated === true && base.origin === location.origin;

function blobWorker(runnerUrl: string, engineUrl: string) {
  return async () => {
    const code = `importScripts(${JSON.stringify(runnerUrl)});`;
    const blobUrl = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    const w = new Worker(blobUrl);
    return {
      init: { type: 'init', engineUrl, warmUp: false },
      post: (m: unknown) => w.postMessage(m),
      listen: (onMessage: (m: unknown) => void, onFailure: (why: string) => void) => {
        w.onmessage = (e) => onMessage(e.data);
        w.onerror = (e) => onFailure(e.message || 'runner failed');
      },
      terminate: () => { w.terminate(); URL.revokeObjectURL(blobUrl); },
    };
  };
}

let shared: RunnerApi | null = null;

// Created on first use, so a page whose reader never clicks Run loads no wasm.
export function engine(): RunnerApi {
  if (!shared) {
    const Runner = RunnerJS as unknown as new (make: unknown) => RunnerApi;
    const engineUrl = new URL(threaded ? 'engine/threads/gopark-engine.js' : 'engine/single/gopark-engine.js', base).href;
    shared = new Runner(blobWorker(new URL('runner.js', base).href, engineUrl));
  }
  return shared;
}
