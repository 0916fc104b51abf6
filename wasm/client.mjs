// client.mjs - the host side of the runner protocol (docs/runner.md).
//
// A Runner owns one runner worker (wasm/runner.cjs) and through it one
// engine module, and runs one program at a time:
//
//   const r = new Runner(nodeWorker('threads'));     // or browserWorker(...)
//   await r.ready();
//   const diags = await r.compile(source);
//   const exit = await r.run({ source, procs: 4, clock: 'fake' },
//                            { output(fd, bytes) {}, snapshot(json) {} });
//   // exit: {status, reason, memory, diagnostics?, snapshot?, events?}
//   await r.stop();   // cooperative; after 200 ms the worker is replaced
//
// The same class serves Node (tests, wasm/run.mjs, benchmarks) and the
// browser; only the function that makes the worker differs.

export const kStopGraceMs = 200;
// The status of a run that was stopped (cooperatively or not), as a shell
// reports Ctrl-C.
export const kStoppedStatus = 130;

// A worker for Node: a worker thread running runner.cjs on the engine of
// build ('threads' or 'single') from build/wasm-<build>/wasm. warmUp: the
// runner compiles a program before it says ready, so the first real one
// is not compiled by cold code (docs/runner.md).
export function nodeWorker(build, { engineDir, warmUp = false } = {}) {
  const dir = engineDir ?? new URL(`../build/wasm-${build}/wasm/`, import.meta.url).pathname;
  return async () => {
    const { Worker } = await import('node:worker_threads');
    const w = new Worker(new URL('./runner.cjs', import.meta.url));
    return {
      init: { type: 'init', engineDir: dir, warmUp },
      post: (m) => w.postMessage(m),
      listen: (onMessage, onFailure) => {
        w.on('message', onMessage);
        w.on('error', (e) => onFailure(String(e && e.stack || e)));
        w.on('exit', (code) => onFailure(`runner exited (code ${code})`));
      },
      terminate: () => { w.removeAllListeners('exit'); return w.terminate(); },
    };
  };
}

// A worker for the browser: runnerUrl is runner.cjs as served, engineUrl
// the engine's .js (its .wasm next to it); warmUp as for nodeWorker.
export function browserWorker(runnerUrl, engineUrl, { warmUp = true } = {}) {
  return async () => {
    const w = new Worker(runnerUrl);
    return {
      init: { type: 'init', engineUrl: new URL(engineUrl, location.href).href, warmUp },
      post: (m) => w.postMessage(m),
      listen: (onMessage, onFailure) => {
        w.onmessage = (e) => onMessage(e.data);
        w.onerror = (e) => onFailure(e.message || 'runner failed');
      },
      terminate: () => w.terminate(),
    };
  };
}

export class Runner {
  constructor(makeWorker) {
    this.makeWorker = makeWorker;
    this.worker = null;
    this.readyPromise = null;
    this.threads = null;
    this.nextId = 1;
    this.pending = new Map();  // id -> {resolve, handlers}
    this.current = null;       // id of the run going on
    this.restarts = 0;
  }

  // Starts the worker (again, after a kill) and waits for its engine.
  ready() {
    if (!this.readyPromise) this.readyPromise = this.#spawn();
    return this.readyPromise;
  }

  async #spawn() {
    const w = await this.makeWorker();
    this.worker = w;
    let started = false;
    return new Promise((resolve, reject) => {
      w.listen((m) => {
        if (m.type === 'ready') {
          started = true;
          this.threads = m.threads;
          resolve(m);
        } else if (m.type === 'error' && !started) {
          reject(new Error(m.message));
        } else {
          this.#dispatch(m);
        }
      }, (why) => {
        if (this.worker !== w) return;
        reject(new Error(why));
        this.#lost(why);
      });
      w.post(w.init);
    });
  }

  #dispatch(m) {
    const p = this.pending.get(m.id);
    if (m.type === 'log' || !p) return;
    const h = p.handlers ?? {};
    switch (m.type) {
      case 'diagnostics':
        this.pending.delete(m.id);
        p.resolve(m.diagnostics);
        break;
      case 'started':
        h.started?.(m);
        break;
      case 'output': {
        // Acknowledged once every handler is done with it (a handler may
        // return a promise, e.g. resolved when the text is on screen): the
        // runner lets at most ~1 MiB be unacknowledged.
        let bytes = 0;
        const waits = [];
        for (const c of m.chunks) {
          bytes += c.data.length;
          const r = h.output?.(c.fd, c.data);
          if (r && typeof r.then === 'function') waits.push(r);
        }
        const ack = () => this.worker?.post({ type: 'ack', id: m.id, bytes });
        if (waits.length) Promise.all(waits).then(ack, ack);
        else ack();
        break;
      }
      case 'snapshot':
        h.snapshot?.(m.snapshot);
        break;
      case 'trace':
        h.trace?.(m.events, m.dropped);
        break;
      case 'exit':
        this.pending.delete(m.id);
        if (this.current === m.id) this.current = null;
        p.resolve(m);
        break;
      case 'error':
        this.pending.delete(m.id);
        if (this.current === m.id) this.current = null;
        p.resolve({ type: 'exit', id: m.id, status: 2, reason: 'error', message: m.message });
        break;
    }
  }

  // The worker died or was killed: whatever was pending ends, and the next
  // call starts a fresh worker.
  #lost(why, reason = 'crashed') {
    const w = this.worker;
    this.worker = null;
    this.readyPromise = null;
    this.restarts++;
    if (w) w.terminate();
    for (const [id, p] of this.pending) {
      p.resolve(p.handlers
        ? { type: 'exit', id, status: reason === 'killed' ? kStoppedStatus : 2, reason, message: why }
        : []);
    }
    this.pending.clear();
    this.current = null;
  }

  // Diagnostics of source: [{file, line, col, endLine, endCol, message}].
  async compile(source, filename = 'prog.go') {
    await this.ready();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      this.worker.post({ type: 'compile', id, source, filename });
    });
  }

  // Runs a program. opts: source, filename, args, stdin, procs, seed,
  // clock ('real' | 'fake'), memLimit, maxStack (bytes), maxGoroutines
  // (0: the default, 2M), snapshots,
  // trace, finalSnapshot, network (default true: net/http uses fetch()). handlers: started(msg), output(fd, bytes) (may
  // return a promise: the program is held back while too much output
  // waits on such promises), snapshot(json), trace(events, dropped).
  // Resolves with the exit message. opts.timeLimitMs > 0: the run is
  // stopped once it has run that long, and ends with reason 'timeout'
  // (status 130) and a message saying so.
  async run(opts, handlers = {}) {
    if (this.current !== null) await this.stop();
    await this.ready();
    const id = this.nextId++;
    this.current = id;
    const limit = Number(opts.timeLimitMs) > 0 ? Number(opts.timeLimitMs) : 0;
    return new Promise((resolve) => {
      let timedOut = false;
      let timer = null;
      const done = (m) => {
        clearTimeout(timer);
        if (timedOut && m && (m.reason === 'stopped' || m.reason === 'killed'))
          m = { ...m, reason: 'timeout', message: `the program ran longer than its time limit (${limit / 1000} s)` };
        resolve(m);
      };
      this.pending.set(id, { resolve: done, handlers });
      this.worker.post({ ...opts, type: 'run', id });
      if (limit) {
        timer = setTimeout(() => {
          if (this.current !== id) return;
          timedOut = true;
          this.stop();
        }, limit);
      }
    });
  }

  // Turns snapshot pushes of the current run on or off.
  subscribe(snapshots) {
    if (this.current !== null) this.worker.post({ type: 'subscribe', id: this.current, snapshots });
  }

  // Stops the current run: at its next safepoint, or by replacing the
  // worker if it has not exited within kStopGraceMs. Resolves when the run
  // has ended, with its exit message (reason 'stopped' or 'killed'), or
  // null if nothing was running.
  async stop() {
    const id = this.current;
    if (id === null) return null;
    const p = this.pending.get(id);
    const exited = new Promise((resolve) => {
      const prev = p.resolve;
      p.resolve = (m) => { prev(m); resolve(m); };
    });
    this.worker.post({ type: 'stop', id });
    let timer;
    const late = new Promise((resolve) => { timer = setTimeout(resolve, kStopGraceMs); });
    const first = await Promise.race([exited, late.then(() => null)]);
    clearTimeout(timer);
    if (first) return first;
    this.#lost(`the program did not stop within ${kStopGraceMs} ms`, 'killed');
    return exited;
  }

  close() {
    const w = this.worker;
    this.worker = null;
    this.readyPromise = null;
    if (w) return w.terminate();
  }
}

// Parses gopark run's flags (the same as build/native/gopark run):
// [-mem SIZE] [-stack SIZE] [-p N] [-seed N] [-faketime] [-trace FILE]
// [-snapshot FILE] FILE [ARGS...]. Returns {opts, file, args, tracePath,
// snapshotPath} or {error}.
export function parseRunFlags(argv) {
  const opts = {};
  let tracePath = null, snapshotPath = null;
  let i = 0;
  const size = (s) => {
    const m = /^(\d+)(B|K|KB|KiB|M|MB|MiB|G|GB|GiB)?$/.exec(s);
    if (!m) return null;
    const mul = { B: 1, K: 1024, KB: 1024, KiB: 1024, M: 1 << 20, MB: 1 << 20, MiB: 1 << 20,
      G: 1 << 30, GB: 1 << 30, GiB: 1 << 30 }[m[2] ?? 'B'];
    return Number(m[1]) * mul;
  };
  for (; i < argv.length && argv[i].startsWith('-'); i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '-faketime') opts.clock = 'fake';
    else if (a === '-p' && v !== undefined) {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 256) return { error: `gopark: invalid -p ${v} (1 to 256)` };
      opts.procs = n;
      i++;
    } else if (a === '-seed' && v !== undefined) {
      if (!/^\d+$/.test(v)) return { error: `gopark: invalid -seed ${v}` };
      opts.seed = v;
      i++;
    } else if (a === '-mem' && v !== undefined) {
      opts.memLimit = size(v);
      if (opts.memLimit === null) return { error: `gopark: invalid -mem size ${v}` };
      i++;
    } else if (a === '-stack' && v !== undefined) {
      opts.maxStack = size(v);
      if (opts.maxStack === null || opts.maxStack < 4096)
        return { error: `gopark: invalid -stack size ${v} (at least 4KiB)` };
      i++;
    } else if (a === '-goroutines' && v !== undefined) {
      opts.maxGoroutines = Number(v);
      if (!/^\d+$/.test(v) || opts.maxGoroutines < 1) return { error: `gopark: invalid -goroutines ${v} (at least 1)` };
      i++;
    } else if (a === '-trace' && v !== undefined) {
      opts.trace = true;
      tracePath = v;
      i++;
    } else if (a === '-snapshot' && v !== undefined) {
      opts.finalSnapshot = true;
      snapshotPath = v;
      i++;
    } else {
      return { error: `gopark: unknown flag ${a}` };
    }
  }
  if (i >= argv.length) return { error: 'gopark: no program file' };
  return { opts, file: argv[i], args: argv.slice(i + 1), tracePath, snapshotPath };
}
