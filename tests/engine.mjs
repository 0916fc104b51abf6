// engine.mjs - how the test runners run a Go program and check a file, on
// each engine:
//   native        build/native/gopark (or --gopark PATH) as a process
//   wasm-threads  the threaded WebAssembly build through the runner
//   wasm-single   protocol (wasm/client.mjs), one runner worker per job,
//                 each serving many programs, as the browser would
//
//   const e = engine('wasm-threads', { gopark });
//   await e.run(file, { argv: ['-p', '4'], progArgs, timeoutMs, cwd, fresh })
//     -> {status, output (stdout and stderr in order), error, ms, memoryKiB}
//   await e.vet(file) -> {status, text}    (gopark vet's output)
//   await e.close()
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Runner, nodeWorker, parseRunFlags } from '../wasm/client.mjs';

export const ENGINES = ['native', 'wasm-threads', 'wasm-single'];

let rssCount = 0;

// A child process's {status, stdout, error}; on timeout it gets SIGKILL.
export function spawnCollect(cmd, argv, { timeoutMs = 60000, cwd } = {}) {
  return new Promise((done) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd });
    let stdout = '', stderr = '', error = null;
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => {
      error = Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' });
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => { error = e; });
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr, error });
    });
  });
}

function nativeEngine(gopark) {
  return {
    kind: 'native',
    async vet(file) {
      const r = await spawnCollect(gopark, ['vet', file]);
      if (r.error) throw r.error;
      return { status: r.status, text: r.stdout + r.stderr };
    },
    // Through a shell so stdout and stderr share one pipe, in order; with
    // measureRSS, GNU time reports the peak resident size (it execs
    // gopark, so a kill still reaches the program).
    async run(file, { argv = [], progArgs = '', timeoutMs = 60000, cwd, measureRSS = false } = {}) {
      const rssFile = measureRSS ? join(tmpdir(), `gopark-rss-${process.pid}-${++rssCount}`) : null;
      const flags = ['run', ...argv].join(' ');
      const cmd = rssFile
        ? `exec /usr/bin/time -f %M -o "$2" "$0" ${flags} "$1" ${progArgs} 2>&1`
        : `exec "$0" ${flags} "$1" ${progArgs} 2>&1`;
      const t0 = Date.now();
      const r = await spawnCollect('sh', ['-c', cmd, gopark, file, rssFile ?? ''], { timeoutMs, cwd });
      let memoryKiB = null;
      if (rssFile) {
        try {
          memoryKiB = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
        } catch {
          memoryKiB = null;
        }
        rmSync(rssFile, { force: true });
      }
      return { status: r.status, output: r.stdout, error: r.error, ms: Date.now() - t0, memoryKiB };
    },
    async close() {},
  };
}

// Splits arguments as sh does for the native engine (quotes group).
export function shellWords(text) {
  const words = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let m;
  while ((m = re.exec(text))) words.push(m[1] ?? m[2] ?? m[3]);
  return words;
}

function wasmEngine(kind) {
  const idle = [];
  const all = new Set();
  // A runner for one job: an idle one, or (fresh) a new one closed after.
  async function withRunner(fresh, fn) {
    let r = fresh ? null : idle.pop();
    if (!r) {
      r = new Runner(nodeWorker(kind.slice('wasm-'.length)));
      all.add(r);
    }
    try {
      return await fn(r);
    } finally {
      if (fresh) {
        all.delete(r);
        await r.close();
      } else {
        idle.push(r);
      }
    }
  }
  return {
    kind,
    // The JSON diagnostics, printed as gopark vet prints them.
    async vet(file) {
      const ds = await withRunner(false, (r) => r.compile(readFileSync(file, 'utf8'), file));
      return { status: ds.length ? 1 : 0, text: ds.map((d) => `${file}:${d.line}:${d.col}: ${d.message}\n`).join('') };
    },
    // measureRSS: a fresh module, whose memory at exit (it never shrinks)
    // is the run's peak, standing for the native resident size.
    async run(file, { argv = [], progArgs = '', timeoutMs = 60000, measureRSS = false } = {}) {
      const parsed = parseRunFlags([...argv, file, ...shellWords(progArgs)]);
      if (parsed.error) return { status: 2, output: parsed.error + '\n', error: null, ms: 0 };
      return withRunner(measureRSS, async (r) => {
        const chunks = [];
        let timedOut = false;
        const t0 = Date.now();
        const timer = setTimeout(() => { timedOut = true; r.stop(); }, timeoutMs);
        // No network, as natively (tests/wasm/fetch.mjs tests fetch()).
        const exit = await r.run({ ...parsed.opts, source: readFileSync(file, 'utf8'), filename: file,
          args: parsed.args, network: false }, { output: (fd, bytes) => chunks.push(bytes) });
        clearTimeout(timer);
        const output = Buffer.concat(chunks).toString('utf8') + (exit.message ? `gopark: ${exit.message}\n` : '');
        return {
          status: exit.status, output, ms: Date.now() - t0, memoryKiB: exit.memory / 1024,
          error: timedOut ? Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' }) : null,
        };
      });
    },
    async close() {
      await Promise.all([...all].map((r) => r.close()));
    },
  };
}

export function engine(kind, { gopark } = {}) {
  if (kind === 'native') return nativeEngine(gopark);
  if (kind === 'wasm-threads' || kind === 'wasm-single') return wasmEngine(kind);
  throw new Error(`unknown engine ${kind} (native, wasm-threads, wasm-single)`);
}
