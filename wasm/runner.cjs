// runner.cjs - the worker that owns one engine module and runs programs.
//
// It runs in a dedicated Web Worker (classic, so importScripts can load
// Emscripten's script) or in a Node worker thread, and speaks the message
// protocol of docs/runner.md with whoever created it (wasm/client.mjs).
// The page never calls the engine itself: a program that never yields can
// only ever freeze this worker, and the client terminates and replaces a
// worker that does not stop within 200 ms.
//
// Pumping. While a program runs, pump() is called from this worker's event
// loop. On the threaded build the program runs on its own pthreads and
// pump() only collects (output, snapshots, trace events) every kPollMs; on
// the single-thread build pump() also runs the goroutines, kSliceMs at a
// time, and sleeps with a timer when every goroutine waits for one, so a
// sleeping program costs no CPU. Messages (stop, subscribe) are handled
// between pumps.
'use strict';

const kPollMs = 15;             // threaded build: how often output is collected
const kSliceMs = 10;            // single build: goroutines run this long per pump
const kSnapshotEveryMs = 33;    // at most ~30 snapshots a second
const kOutputEveryMs = 15;      // single build: output is posted at most this often
// Output posted and not yet acknowledged by the client ('ack'). Beyond
// this the runner takes no more output (the threaded build's writers then
// wait in the engine) and the single build stops running goroutines, so a
// program printing in a loop runs at the speed the page consumes it.
const kMaxUnackedBytes = 1 << 20;

const isNode = typeof process === 'object' && !!(process.versions && process.versions.node) &&
  typeof importScripts !== 'function';

let post;
if (isNode) {
  const { parentPort } = require('node:worker_threads');
  post = (m, transfer) => parentPort.postMessage(m, transfer);
  parentPort.on('message', (m) => handle(m));
} else {
  post = (m, transfer) => self.postMessage(m, transfer);
  self.onmessage = (e) => handle(e.data);
}

const kWarmUpSource = `package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	c := make(chan string, 1)
	wg.Add(1)
	go func() { defer wg.Done(); c <- strings.ToUpper("warm") }()
	wg.Wait()
	fmt.Printf("%s %v\\n", <-c, time.Millisecond)
}
`;

// Warm-up runs in all, and how many of them come before 'ready': the
// rest run while the page finishes loading and the user reads it (a real
// run stops them), so the page is interactive sooner.
const kWarmUpRuns = 4;
const kWarmUpBeforeReady = 2;
let warmUpLeft = 0;
let readySent = false;

let M = null;           // the engine module
let threads = false;
let run = null;         // the current run: {id, snapshots, trace, ...}
let pumpTimer = null;
// A zero-delay wake-up that lets messages (stop) in between: setImmediate
// in Node (a MessagePort there drains its queue, ours included, before
// other ports get a turn), a MessageChannel in browsers, where
// setTimeout(0) is clamped to 4 ms.
let wake = null;
let wakeQueued = false;  // at most one wake-up pending, so one pump chain
const woken = () => {
  wakeQueued = false;
  pump();
};
if (typeof setImmediate === 'function') {
  wake = () => setImmediate(woken);
} else if (typeof MessageChannel === 'function') {
  const channel = new MessageChannel();
  channel.port1.onmessage = woken;
  wake = () => channel.port2.postMessage(0);
}

async function init(msg) {
  let factory;
  const opts = {
    print: (s) => post({ type: 'log', text: s }),
    printErr: (s) => post({ type: 'log', text: s }),
  };
  if (isNode) {
    const fs = require('node:fs');
    const path = require('node:path');
    const js = path.join(msg.engineDir, 'gopark-engine.js');
    opts.wasmBinary = fs.readFileSync(path.join(msg.engineDir, 'gopark-engine.wasm'));
    factory = require(js);
  } else {
    importScripts(msg.engineUrl);
    factory = self.createGoparkEngine;
    opts.mainScriptUrlOrBlob = msg.engineUrl;
    opts.locateFile = (f) => new URL(f, msg.engineUrl).href;
  }
  M = await factory(opts);
  threads = M._gp_threads() === 1;
  // The first runs go through cold code (V8 compiles wasm lazily and
  // optimizes the hot functions later, the interpreter's big dispatch loop
  // last): the first is ~10 times slower than the fifth. With warmUp, a
  // few silent runs (id 0) pay for that, most before 'ready'.
  if (msg.warmUp) {
    warmUpLeft = kWarmUpRuns;
    startRun({ id: 0, source: kWarmUpSource });
  } else {
    readySent = true;
    post({ type: 'ready', threads });
  }
}

// A C string in the engine's heap (freed by the caller).
function cstr(s) {
  const n = M.lengthBytesUTF8(s) + 1;
  const p = M._malloc(n);
  M.stringToUTF8(s, p, n);
  return p;
}

function withStrings(strings, fn) {
  const ptrs = strings.map(cstr);
  try {
    return fn(...ptrs);
  } finally {
    for (const p of ptrs) M._free(p);
  }
}

function check(msg) {
  const json = withStrings([msg.filename || 'prog.go', msg.source], (f, s) =>
    M.UTF8ToString(M._gp_check(f, s)));
  return JSON.parse(json);
}

// Posts what the program printed since the last call: one message with
// the chunks in order, each {fd, data} (bytes, copied out of the heap).
function flushOutput() {
  const p = M._gp_take_output();
  const n = M._gp_output_len();
  if (n === 0) return;
  const bytes = M.HEAPU8.slice(p, p + n);  // a copy, never a view of shared memory
  const view = new DataView(bytes.buffer);
  const chunks = [];
  for (let at = 0; at < n;) {
    const fd = bytes[at];
    const len = view.getUint32(at + 1, true);
    chunks.push({ fd, data: bytes.subarray(at + 5, at + 5 + len) });
    at += 5 + len;
  }
  if (run.id === 0) return;  // a warm-up run
  run.unacked += n;
  post({ type: 'output', id: run.id, chunks }, [bytes.buffer]);
}

function sendSnapshot(now) {
  if (!run.snapshots || now - run.lastSnapshot < kSnapshotEveryMs) return;
  run.lastSnapshot = now;
  const json = M.UTF8ToString(M._gp_snapshot());
  if (json) post({ type: 'snapshot', id: run.id, snapshot: json });
}

// With traceLimit, a push carries at most that many events, the newest;
// the older ones count as dropped. A busy program records a million events
// between two pushes, and a page that receives them all stalls on them.
function limitTrace(json) {
  let { events, dropped } = JSON.parse(json);
  if (run.traceLimit > 0 && events.length > run.traceLimit) {
    dropped += events.length - run.traceLimit;
    events = events.slice(events.length - run.traceLimit);
  }
  return { events, dropped };
}

function sendTrace() {
  if (!run.trace) return;
  const { events, dropped } = limitTrace(M.UTF8ToString(M._gp_trace()));
  if (events.length || dropped) post({ type: 'trace', id: run.id, events, dropped });
}

// net/http's requests: fetch() them, then hand the answer to the engine
// (gp_fetch_done readies the goroutine) and pump again.
function takeFetches() {
  const json = M.UTF8ToString(M._gp_take_fetches());
  if (!json) return;
  for (const f of JSON.parse(json)) doFetch(run.id, f);
}

function refusedMessage(e) {
  // Node says why (e.cause: ECONNREFUSED, ENOTFOUND, ...); a browser only
  // says it failed, for a request its CORS rules refused as for no network.
  // (Chrome: "Failed to fetch", Firefox: "NetworkError when attempting to
  // fetch resource.", Safari: "Load failed").
  if (e && e.cause) return `fetch failed: ${e.cause.message || e.cause.code || e.cause}`;
  if (e && e.name === 'TypeError' && /^(Failed to fetch|NetworkError|Load failed)/.test(e.message))
    return 'fetch failed: the browser refused the request (the server does not allow ' +
      'requests from this page (CORS), or the network is offline)';
  return `fetch failed: ${e && e.message || e}`;
}

async function doFetch(runId, f) {
  let status = 0, statusText = '', header = '', body = new Uint8Array(0), error = '';
  try {
    const headers = new Headers();
    for (const line of f.header.split('\n')) {
      const at = line.indexOf(': ');
      if (at > 0) headers.append(line.slice(0, at), line.slice(at + 2));
    }
    const init = { method: f.method, headers };
    if (f.body) init.body = Uint8Array.from(atob(f.body), (c) => c.charCodeAt(0));
    const res = await fetch(f.url, init);
    status = res.status;
    statusText = res.statusText;
    res.headers.forEach((v, k) => { header += `${k}: ${v}\n`; });
    body = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    error = refusedMessage(e);
  }
  if (!run || run.id !== runId) return;  // that run is over
  const bp = M._malloc(body.length || 1);
  M.HEAPU8.set(body, bp);
  withStrings([statusText, header, error], (st, h, err) =>
    M._gp_fetch_done(f.id, status, st, h, bp, body.length, err));
  M._free(bp);
  schedulePump(0);
}

function startRun(msg) {
  // A real run during the warm-up (a client that did not wait for ready)
  // ends it: the warm-up's end then says ready.
  if (msg.id !== 0) warmUpLeft = Math.min(warmUpLeft, 1);
  if (run) {
    // A new run replaces one still going (the client stops it first).
    M._gp_stop();
    finishRun();
  }
  const args = (msg.args || []).join('\n');
  const memLimit = msg.memLimit || 0;
  const maxStack = msg.maxStack || 0;
  const maxGoroutines = msg.maxGoroutines || 0;
  const t0 = Date.now();
  const rc = withStrings([msg.filename || 'prog.go', msg.source, String(msg.seed || 0), args,
    msg.stdin || ''], (f, src, seed, a, stdin) =>
    M._gp_start(f, src, msg.procs || 0, seed, msg.clock === 'fake' ? 1 : 0, memLimit, maxStack,
      maxGoroutines, msg.trace ? 1 : 0, msg.finalSnapshot ? 1 : 0, a, stdin, M.lengthBytesUTF8(msg.stdin || ''),
      msg.network === false ? 0 : 1));
  run = {
    id: msg.id, snapshots: !!msg.snapshots, trace: !!msg.trace, traceLimit: msg.traceLimit || 0,
    finalSnapshot: !!msg.finalSnapshot,
    lastSnapshot: 0, lastOutput: 0, unacked: 0, stopping: false,
  };
  if (rc !== 0) run.diagnostics = check(msg);
  if (msg.id !== 0) post({ type: 'started', id: msg.id, compileMs: Date.now() - t0 });
  schedulePump(0);
}

function finishRun() {
  const status = M._gp_finish();
  const reason = M.UTF8ToString(M._gp_exit_reason());
  flushOutput();
  sendTrace();
  const exit = { type: 'exit', id: run.id, status, reason, memory: M.HEAPU8.buffer.byteLength };
  if (run.diagnostics) exit.diagnostics = run.diagnostics;
  if (run.finalSnapshot) exit.snapshot = M.UTF8ToString(M._gp_final_snapshot());
  if (run.trace) {
    const t = limitTrace(M.UTF8ToString(M._gp_final_trace()) || '{"dropped":0,"events":[]}');
    exit.events = t.events;
    exit.dropped = t.dropped;
  }
  run = null;
  if (exit.id !== 0) {
    post(exit);
    return;
  }
  warmUpLeft--;
  if (!readySent && (warmUpLeft <= 0 || kWarmUpRuns - warmUpLeft >= kWarmUpBeforeReady)) {
    readySent = true;
    post({ type: 'ready', threads });
  }
  if (warmUpLeft > 0) startRun({ id: 0, source: kWarmUpSource });
}

function schedulePump(ms) {
  if (pumpTimer !== null) clearTimeout(pumpTimer);
  pumpTimer = null;
  if (ms <= 0 && wake && !threads) {
    if (!wakeQueued) {
      wakeQueued = true;
      wake();
    }
  } else {
    pumpTimer = setTimeout(() => { pumpTimer = null; pump(); }, Math.max(0, ms));
  }
}

function pump() {
  if (!run) return;
  // The client is behind: wait for its ack (unless stopping: a stopped
  // run must end even if nobody reads its output).
  const blocked = run.unacked > kMaxUnackedBytes && !run.stopping;
  if (blocked && !threads) return;  // the ack calls pump()
  const st = M._gp_drive(kSliceMs);
  const now = Date.now();
  takeFetches();
  if (st === 3) {
    finishRun();
    return;
  }
  if (!blocked && (threads || now - run.lastOutput >= kOutputEveryMs)) {
    run.lastOutput = now;
    flushOutput();
  }
  sendSnapshot(now);
  sendTrace();
  if (threads) schedulePump(kPollMs);
  else if (st === 0) schedulePump(0);
  else if (st === 1) {
    // Every goroutine sleeps: post what was printed, then sleep too.
    if (!blocked) flushOutput();
    let wait = M._gp_next_timer_ms();
    if (run.snapshots) wait = Math.min(wait, kSnapshotEveryMs);
    schedulePump(wait);
  } else if (!blocked) {
    flushOutput();  // waiting on the host (fetch): its answer calls pump()
  }
}

function handle(msg) {
  try {
    switch (msg.type) {
      case 'init':
        init(msg).catch((e) => post({ type: 'error', message: String(e && e.stack || e) }));
        break;
      case 'compile':
        post({ type: 'diagnostics', id: msg.id, diagnostics: check(msg) });
        break;
      case 'run':
        startRun(msg);
        break;
      case 'stop':
        if (run && (msg.id === undefined || msg.id === run.id)) {
          run.stopping = true;
          M._gp_stop();
          schedulePump(0);
        }
        break;
      case 'ack':
        if (run && msg.id === run.id) {
          const was = run.unacked > kMaxUnackedBytes;
          run.unacked -= msg.bytes;
          if (was && run.unacked <= kMaxUnackedBytes && !threads) schedulePump(0);
        }
        break;
      case 'subscribe':
        if (run && (msg.id === undefined || msg.id === run.id)) {
          run.snapshots = !!msg.snapshots;
          run.lastSnapshot = 0;
          schedulePump(0);
        }
        break;
      default:
        post({ type: 'error', message: `unknown message type ${msg.type}` });
    }
  } catch (e) {
    post({ type: 'error', id: msg.id, message: String(e && e.stack || e) });
  }
}
