#!/usr/bin/env node
// bench/run.mjs - gopark's benchmark harness (Node 20, no dependencies).
//
//   node bench/run.mjs [--only REGEX] [--json FILE] [--reps N] [--scale X] [--list]
//
// Builds what the selected rows need, runs each row's two programs (ours and
// its peer) alternately --reps times, takes the median of each, and prints a
// table of ratios ours/peer. Ratios, never absolute times, are what we compare.
//
// Environment:
//   GOPARK_BUILD          native CMake build dir (default build/native)
//   GOPARK_BENCH_TIMEOUT  seconds one program may run (default 120)
//   GOPARK_BENCH_GO       the Go that builds the js/wasm peers (default Go 1.22 if
//                         installed, else go on PATH)
//
// A row is a plain object (see "Rows" below): name "layer/benchmark/engine",
// the engine names of ours and peer, the unit, a target, what it needs built,
// and run(side, ctx) that returns the measured value for side "ours" or
// "peer". Later layers (interp/..., wasm/...) append rows to ROWS.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH_DIR);

// ---------------------------------------------------------------- options

function usage(code) {
  const text = `usage: node bench/run.mjs [options]
  --only REGEX   run only rows whose name matches REGEX
  --json FILE    also write the results as JSON to FILE
  --reps N       repetitions of each program (default 3; the median is kept)
  --scale X      multiply every row's problem size by X (default 1)
  --list         print the row names and exit
  --help         this text
env: GOPARK_BUILD (default build/native), GOPARK_BENCH_TIMEOUT (seconds, default 120),
     GOPARK_BENCH_GO (Go for the js/wasm peers, default /usr/lib/go-1.22/bin/go, else go)
`;
  (code ? process.stderr : process.stdout).write(text);
  process.exit(code);
}

function parseArgs(argv) {
  const o = { only: null, json: null, reps: 3, scale: 1, list: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) usage(2);
      return argv[++i];
    };
    if (a === '--only') o.only = new RegExp(val());
    else if (a === '--json') o.json = val();
    else if (a === '--reps') o.reps = Math.max(1, parseInt(val(), 10) || 1);
    else if (a === '--scale') o.scale = Number(val());
    else if (a === '--list') o.list = true;
    else if (a === '--help' || a === '-h') usage(0);
    else {
      process.stderr.write(`run.mjs: unknown argument ${a}\n`);
      usage(2);
    }
  }
  if (!(o.scale > 0)) {
    process.stderr.write('run.mjs: --scale must be a positive number\n');
    process.exit(2);
  }
  return o;
}

// ---------------------------------------------------------------- context

function makeContext(opts) {
  const buildDir = path.resolve(ROOT, process.env.GOPARK_BUILD || 'build/native');
  return {
    root: ROOT,
    buildDir,
    // Native C++ benchmark binaries (bench/CMakeLists.txt puts them here).
    cppBin: (name) => path.join(buildDir, 'bench', 'runtime', name),
    goDir: path.join(buildDir, 'bench', 'go'),
    goBin: (name) => path.join(buildDir, 'bench', 'go', 'bin', goPeerBinName(name)),
    timeoutMs: 1000 * Number(process.env.GOPARK_BENCH_TIMEOUT || 120),
    scale: opts.scale,
  };
}

// A Go peer (an entry of a row's needs.go) is named either by its directory
// under bench/go ("pingpong": bench/go/pingpong/main.go, a twin written for
// Go) or by the path under bench/ of a .go file ("interp/fib.go": one of the
// interpreter's programs, which are plain Go and so build as they are). The
// second kind gets a binary name with the dashes the first kind cannot have,
// so the two never collide in bin/.
function goPeerSource(name) {
  return name.endsWith('.go') ? path.join(BENCH_DIR, name) : path.join(BENCH_DIR, 'go', name, 'main.go');
}
function goPeerBinName(name) {
  return name.endsWith('.go') ? name.slice(0, -3).replaceAll('/', '-') : name;
}

const log = (s) => process.stderr.write(s + '\n');

// ---------------------------------------------------------------- running

// Runs a program and returns {value, unit} from its one "RESULT v unit" line.
function runResult(ctx, cmd, args, env = {}) {
  const r = spawnSync(cmd, args.map(String), {
    cwd: ctx.root,
    encoding: 'utf8',
    timeout: ctx.timeoutMs,
    maxBuffer: 16 << 20,
    env: { ...process.env, ...env },
  });
  const where = [cmd, ...args].map(String).join(' ');
  if (r.error) throw new Error(`${where}: ${r.error.code === 'ETIMEDOUT' ? 'timed out' : r.error.message}`);
  if (r.status !== 0) {
    const tail = (r.stderr || '').trim().split('\n').slice(-5).join('\n  ');
    const how = r.signal ? `killed by ${r.signal}` : `exit status ${r.status}`;
    throw new Error(`${where}: ${how}${tail ? '\n  ' + tail : ''}`);
  }
  const lines = r.stdout.split('\n').filter((l) => l.startsWith('RESULT '));
  if (lines.length !== 1) throw new Error(`${where}: expected one RESULT line, got ${lines.length}`);
  const m = /^RESULT\s+(\S+)\s+(\S+)\s*$/.exec(lines[0]);
  const value = m ? Number(m[1]) : NaN;
  if (!m || !Number.isFinite(value)) throw new Error(`${where}: bad line: ${lines[0]}`);
  return { value, unit: m[2] };
}

// Runs a program and returns its wall time in seconds (it must exit 0).
function wallTime(ctx, cmd, args, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args.map(String), {
    cwd: ctx.root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: ctx.timeoutMs,
    maxBuffer: 16 << 20,
  });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const where = [cmd, ...args].map(String).join(' ');
  if (r.error) throw new Error(`${where}: ${r.error.code === 'ETIMEDOUT' ? 'timed out' : r.error.message}`);
  if (r.status !== 0) throw new Error(`${where}: exit status ${r.status}\n  ${(r.stderr || '').trim().slice(-400)}`);
  return s;
}

// Runs a program and returns its peak resident size in bytes, as GNU time
// measures it (it must exit 0).
function peakRSS(ctx, cmd, args) {
  const out = path.join(os.tmpdir(), `gopark-bench-rss-${process.pid}`);
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', out, cmd, ...args.map(String)], {
    cwd: ctx.root,
    encoding: 'utf8',
    timeout: ctx.timeoutMs,
    maxBuffer: 16 << 20,
  });
  const where = [cmd, ...args].map(String).join(' ');
  if (r.error) throw new Error(`${where}: ${r.error.code === 'ETIMEDOUT' ? 'timed out' : r.error.message}`);
  if (r.status !== 0) throw new Error(`${where}: exit status ${r.status}\n  ${(r.stderr || '').trim().slice(-400)}`);
  const kib = Number(fs.readFileSync(out, 'utf8').trim().split('\n').pop());
  fs.rmSync(out, { force: true });
  if (!(kib > 0)) throw new Error(`${where}: no peak resident size`);
  return kib * 1024;
}

// The guide's sync.Pool program (its first complete program), written into
// the build directory: the guide is read in place, never copied into the repo.
function guidePoolProgram(ctx) {
  const guide = path.resolve(ctx.root, '..', 'shared', 'seeds', 'go-concurrency-guide.md');
  const md = fs.readFileSync(guide, 'utf8');
  const block = [...md.matchAll(/```go\n([\s\S]*?)```/g)].map((m) => m[1]).find((s) => /^package main\b/m.test(s) && s.includes('sync.Pool'));
  if (!block) throw new Error(`${guide}: no complete sync.Pool program`);
  const file = path.join(ctx.buildDir, 'bench', 'interp', 'guide_pool.go');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== block) fs.writeFileSync(file, block);
  return file;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// ---------------------------------------------------------------- building

function sh(cmd, args, opts = {}) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], cwd: ROOT, ...opts });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit status ${r.status}`);
}

function cmakeCache(buildDir) {
  const file = path.join(buildDir, 'CMakeCache.txt');
  if (!fs.existsSync(file)) return null;
  const cache = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Za-z0-9_]+):[A-Z]+=(.*)$/.exec(line);
    if (m) cache[m[1]] = m[2];
  }
  return cache;
}

// Configures the native build if needed and builds the CMake targets (an
// up-to-date target costs nothing), then builds the Go peers that are missing
// or older than their source, and the Go js/wasm peers that are missing.
function buildAll(ctx, needs) {
  if (needs.cmake.size) {
    let cache = cmakeCache(ctx.buildDir);
    if (!cache) {
      sh('cmake', ['-S', ctx.root, '-B', ctx.buildDir, '-DCMAKE_BUILD_TYPE=Release']);
      cache = cmakeCache(ctx.buildDir) || {};
    }
    const type = cache.CMAKE_BUILD_TYPE || '';
    if (!['Release', 'RelWithDebInfo', 'MinSizeRel'].includes(type))
      log(`warning: ${ctx.buildDir} is a "${type}" build; numbers are not representative`);
    const san = cache.GOPARK_SANITIZE || '';
    if (san && !['OFF', 'FALSE', '0', 'NO'].includes(san.toUpperCase()))
      log(`warning: ${ctx.buildDir} is built with sanitizer "${san}"; numbers are not representative`);
    sh('cmake', ['--build', ctx.buildDir, '-j', String(os.availableParallelism?.() || os.cpus().length),
      '--target', ...needs.cmake]);
  }
  if (needs.go.size) {
    const env = goEnv(ctx);
    fs.mkdirSync(path.dirname(ctx.goBin('x')), { recursive: true });
    for (const name of needs.go) {
      const src = goPeerSource(name);
      const bin = ctx.goBin(name);
      if (fs.existsSync(bin) && fs.statSync(bin).mtimeMs >= fs.statSync(src).mtimeMs) continue;
      sh('go', ['build', '-o', bin, src], { env });
    }
  }
  // The wasm builds are not ours to build: wait until they are complete.
  // (A missing build fails its rows, not the whole run.)
  for (const engine of needs.wasm || []) {
    try {
      waitForWasm(ctx, engine);
    } catch (e) {
      log(`warning: ${e.message}`);
    }
  }
  for (const file of needs.gowasm || []) buildGoWasm(file);
}

// How the Go peers are built: GOPATH mode, caches under the build directory.
function goEnv(ctx) {
  return {
    ...process.env,
    GO111MODULE: 'off',
    GOFLAGS: '',
    GOCACHE: path.join(ctx.goDir, 'cache'),
    GOPATH: path.join(ctx.goDir, 'gopath'),
  };
}

// ---------------------------------------------------------------- rows

// A native row: our C++ program (bench/runtime/<prog>.cc, CMake target
// bench_<prog>) against the Go program bench/go/<goName>/main.go. `args` is
// [size, ...rest]; --scale multiplies the size. Both take the same argv.
function nativePair({ name, prog, goName, args, unit, target = '', ours = 'cpp' }) {
  return {
    name,
    ours,
    peer: 'go',
    unit,
    target,
    needs: { cmake: [`bench_${prog}`], go: [goName] },
    run(side, ctx) {
      const [size, ...rest] = args;
      const argv = [Math.max(1, Math.round(size * ctx.scale)), ...rest];
      const bin = side === 'ours' ? ctx.cppBin(prog) : ctx.goBin(goName);
      const r = runResult(ctx, bin, argv);
      if (r.unit !== unit) throw new Error(`${bin}: unit ${r.unit}, expected ${unit}`);
      return r.value;
    },
  };
}

// Sizes are picked so the default run stays within ~3 minutes on 2 cores.
const RUNTIME_ROWS = [
  // Unbuffered ping-pong at GOMAXPROCS 1: pure hand-off + park/ready cost,
  // no cross-thread wakeups (those belong in buffered/select4).
  nativePair({ name: 'runtime/pingpong/cpp', prog: 'pingpong', goName: 'pingpong',
    args: [1000000, 1], unit: 'ns/op', target: '<=1.0' }),
  // Producer -> consumer through a chan of 128, GOMAXPROCS 2.
  nativePair({ name: 'runtime/buffered/cpp', prog: 'buffered', goName: 'buffered',
    args: [5000000, 2], unit: 'ns/op' }),
  // Fan-in: 4 producers on 4 unbuffered chans, one consumer in a 4-case
  // select, GOMAXPROCS 2.
  nativePair({ name: 'runtime/select4/cpp', prog: 'select4', goName: 'select4',
    args: [1000000, 2], unit: 'ns/op' }),
  // Spawn + exit of goroutines that each signal a WaitGroup, GOMAXPROCS 2.
  nativePair({ name: 'runtime/spawn/cpp', prog: 'spawn', goName: 'spawn',
    args: [1000000, 2], unit: 'ns/op', target: '<=1.0' }),
  // 4 goroutines contending on one Mutex, GOMAXPROCS 2.
  nativePair({ name: 'runtime/mutex/cpp', prog: 'mutex', goName: 'mutex',
    args: [10000000, 2], unit: 'ns/op' }),
  // RSS per goroutine parked on a channel receive, 100000 of them, GOMAXPROCS 1.
  nativePair({ name: 'runtime/parked-bytes/cpp', prog: 'parked_bytes', goName: 'parked-bytes',
    args: [100000, 1], unit: 'bytes/goroutine', target: '<=1.0' }),
  // The same with goroutines whose state is heap data (the resumable
  // continuation VM goroutines use): the runtime's own cost per parked G.
  nativePair({ name: 'runtime/parked-bytes/task', prog: 'parked_bytes_task', goName: 'parked-bytes',
    args: [100000, 1], unit: 'bytes/goroutine', target: '<=1.0', ours: 'task' }),
  // CPU-bound job over 16 goroutines: best time at GOMAXPROCS 1 / best at 2
  // (two alternating rounds inside the program).
  nativePair({ name: 'runtime/parallel/cpp', prog: 'parallel', goName: 'parallel',
    args: [200000000, 2, 16], unit: 'speedup', target: '>=1.7 speedup' }),
];

// Front end: parse + type-check a generated 20,000-line program
// (bench/interp/gen_typecheck.mjs), best of 5, against go/types on the same
// file. The target is our own time: under 0.2 s.
const INTERP_ROWS = [
  {
    name: 'interp/typecheck-20k/native',
    ours: 'native',
    peer: 'go',
    unit: 's',
    target: '<=0.2 s',
    needs: { cmake: ['bench_typecheck'], go: ['typecheck'] },
    run(side, ctx) {
      const file = path.join(ctx.buildDir, 'bench', 'interp', 'typecheck_input.go');
      const lines = Math.max(100, Math.round(20000 * ctx.scale));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      sh(process.execPath, [path.join(BENCH_DIR, 'interp', 'gen_typecheck.mjs'), file, String(lines)]);
      const bin = side === 'ours' ? path.join(ctx.buildDir, 'bench', 'interp', 'typecheck') : ctx.goBin('typecheck');
      return runResult(ctx, bin, [file, 5]).value;
    },
  },
];

// Wall time of `gopark run bench/interp/<name>.go`, the "ours" side of the
// two row kinds below.
function goparkRun(ctx, name) {
  return wallTime(ctx, path.join(ctx.buildDir, 'gopark'), ['run', path.join(BENCH_DIR, 'interp', `${name}.go`)]);
}

// The interpreter against Lua 5.4 (the bar for a good interpreter) on the
// same work: bench/interp/<name>.go run by `gopark run`, bench/lua/<name>.lua
// by lua5.4; wall time of the whole process. Target: no slower than Lua.
function luaPair(name) {
  return {
    name: `interp/${name}/native`,
    ours: 'native',
    peer: 'lua',
    unit: 's',
    target: '<=1.0',
    needs: { cmake: ['gopark'], go: [] },
    run(side, ctx) {
      if (side === 'ours') return goparkRun(ctx, name);
      return wallTime(ctx, 'lua5.4', [path.join(BENCH_DIR, 'lua', `${name}.lua`)]);
    },
  };
}

// The same program against itself compiled by Go (built like the other Go
// peers, from bench/interp/<name>.go as it is): how far the interpreter is
// from native code, shown next to its Lua row. Report only: an interpreter
// is not expected to reach compiled code, so there is no target to miss. Both
// sides are process wall times, so Go's start-up counts as ours does.
function goPair(name) {
  const file = `interp/${name}.go`;
  return {
    name: `interp/${name}/go`,
    ours: 'native',
    peer: 'go',
    unit: 's',
    target: '',
    needs: { cmake: ['gopark'], go: [file] },
    run(side, ctx) {
      if (side === 'ours') return goparkRun(ctx, name);
      return wallTime(ctx, ctx.goBin(file), []);
    },
  };
}

// fib and loop: call and arithmetic cost. binarytrees: allocation and the
// collector. methods: method and interface calls. maps: int and string keyed
// maps. strings: concatenation, []byte to string, comparison, indexing.
for (const name of ['fib', 'loop', 'binarytrees', 'methods', 'maps', 'strings'])
  INTERP_ROWS.push(luaPair(name), goPair(name));

// fmt, against Go only (no Lua twins): sprintf is 200000 fmt.Sprintf calls
// of mixed verbs; builder grows a strings.Builder by WriteString, WriteByte
// and Fprintf. Target: within 10x of compiled Go.
for (const name of ['sprintf', 'builder']) INTERP_ROWS.push({ ...goPair(name), target: '<=10.0' });

// Goroutines and channels in the interpreter, against the same programs
// compiled by Go (both at their default GOMAXPROCS: every core). pingpong: unbuffered round trips; fanin: select over four
// producers; spawn: a million goroutines starting and exiting, targets
// 3x Go. chanbuf: buffered throughput, reported only.
for (const name of ['pingpong', 'fanin', 'spawn']) INTERP_ROWS.push({ ...goPair(name), target: '<=3.0' });
INTERP_ROWS.push(goPair('chanbuf'));

// Memory per parked goroutine: the peak RSS of bench/interp/parked.go with
// 100000 goroutines blocked on a receive, less that of the same program
// with none, per goroutine. Target: at most 1 KiB each (Go: about 2.6).
INTERP_ROWS.push({
  name: 'interp/parked-bytes/go',
  ours: 'native',
  peer: 'go',
  unit: 'bytes/goroutine',
  target: '<=1024 bytes/goroutine',
  needs: { cmake: ['gopark'], go: ['interp/parked.go'] },
  run(side, ctx) {
    const n = Math.max(1000, Math.round(100000 * ctx.scale));
    const [cmd, pre] = side === 'ours'
      ? [path.join(ctx.buildDir, 'gopark'), ['run', path.join(BENCH_DIR, 'interp', 'parked.go')]]
      : [ctx.goBin('interp/parked.go'), []];
    return (peakRSS(ctx, cmd, [...pre, n]) - peakRSS(ctx, cmd, [...pre, 0])) / n;
  },
});

// A CPU-bound job over 16 goroutines (bench/interp/parallel.go): wall time
// at GOMAXPROCS 1 over wall time at 2, ours against Go's. Target: ours
// scales by at least 1.8 on two cores.
INTERP_ROWS.push({
  name: 'interp/parallel/go',
  ours: 'native',
  peer: 'go',
  unit: 'speedup',
  target: '>=1.8 speedup',
  needs: { cmake: ['gopark'], go: ['interp/parallel.go'] },
  run(side, ctx) {
    const prog = path.join(BENCH_DIR, 'interp', 'parallel.go');
    const at = (p) => side === 'ours'
      ? wallTime(ctx, path.join(ctx.buildDir, 'gopark'), ['run', '-p', p, prog])
      : wallTime(ctx, ctx.goBin('interp/parallel.go'), [], { GOMAXPROCS: String(p) });
    return at(1) / at(2);
  },
});

// The guide's RWMutex workload (bench/interp/rwmutex.go: one writer against
// up to 2^17 readers, with a RWMutex's read lock and with the write lock)
// and its sync.Pool program (read from the guide in place: a million
// goroutines sharing a pool of 1 KiB buffers). Wall time against Go,
// reported only.
INTERP_ROWS.push(goPair('rwmutex'));
INTERP_ROWS.push({
  name: 'interp/guide-pool/go',
  ours: 'native',
  peer: 'go',
  unit: 's',
  target: '',
  needs: { cmake: ['gopark'], go: [] },
  run(side, ctx) {
    const file = guidePoolProgram(ctx);
    if (side === 'ours') return wallTime(ctx, path.join(ctx.buildDir, 'gopark'), ['run', file]);
    const bin = file.replace(/\.go$/, '');
    if (!fs.existsSync(bin) || fs.statSync(bin).mtimeMs < fs.statSync(file).mtimeMs)
      sh('go', ['build', '-o', bin, file], { env: goEnv(ctx) });
    return wallTime(ctx, bin, []);
  },
});

// ---------------------------------------------------------------- wasm rows

// gopark compiled to WebAssembly, run by the same Node as this harness, next
// to the native CLI (the interpreter programs above) and next to the same Go
// programs compiled by Go for GOOS=js GOARCH=wasm (the channel programs).
//
// What a wasm time row measures: run time in a started, warm engine. A
// fresh wasm process first pays Node's start, compiling and instantiating
// the module (for wasm-threads also its pthread pool, each worker
// instantiating it again), and then runs cold code: V8 compiles wasm
// functions lazily with its baseline compiler and optimizes hot ones
// later, the interpreter's big dispatch loop last. For the programs here
// (0.05 to 1.2 s natively) that is as long as the work itself, and it is
// not what the playground shows: a page starts its runner with a warm-up.
// So gopark's side is bench/wasm/warm.mjs (a runner from wasm/client.mjs
// with warmUp, as the page makes it, then the program once, timed in
// process), Go's side bench/wasm/gowarm.cjs (the module compiled once, the
// program run once untimed, then once timed), and the native side the
// process wall time less its start-up (a few ms). The cold costs have
// their own report rows: wasm/startup and wasm/hello (process wall time of
// an empty program and of hello world through `node wasm/run.mjs`) and
// wasm/<name>-cold (process wall time less the empty program's).
//
// Before wasm/client.mjs existed, the wasm side was the gopark command
// compiled for Node (build/wasm-<engine>/gopark.js), process wall time
// less start-up; that fallback stays (wasmRunTime).

// Debian's Go 1.22 (as the reference tests use), not whatever `go` is first
// on PATH: js/wasm output and wasm_exec.js must come from one Go release.
const WASM_GO = process.env.GOPARK_BENCH_GO || (fs.existsSync('/usr/lib/go-1.22/bin/go') ? '/usr/lib/go-1.22/bin/go' : 'go');
const GOWASM_DIR = path.join(ROOT, 'build', 'bench-gowasm');
const WASM_START = 'wasm/start.go';
const WASM_HELLO = 'wasm/hello.go';

const wasmBuildDir = (ctx, engine) => path.join(ctx.root, 'build', `wasm-${engine}`);
const wasmRunner = (ctx) => path.join(ctx.root, 'wasm', 'run.mjs');

// How gopark runs on a wasm build: the one place to change. wasm/run.mjs
// (`node wasm/run.mjs [--single] [-p N] prog.go`, same output and status as
// `gopark run`; the engine in build/wasm-<engine>/wasm/) when it exists,
// else the gopark command compiled for Node (build/wasm-<engine>/gopark.js).
// Returns the command and the build files it loads, .wasm first.
function wasmCommand(ctx, engine, flags, prog) {
  const dir = wasmBuildDir(ctx, engine);
  if (fs.existsSync(wasmRunner(ctx)))
    return {
      cmd: process.execPath,
      args: [wasmRunner(ctx), ...(engine === 'single' ? ['--single'] : []), ...flags, prog],
      files: ['wasm/gopark-engine.wasm', 'wasm/gopark-engine.js'].map((f) => path.join(dir, f)),
    };
  return {
    cmd: process.execPath,
    args: [path.join(dir, 'gopark.js'), 'run', ...flags, prog],
    files: ['gopark.wasm', 'gopark.js'].map((f) => path.join(dir, f)),
  };
}
const wasmFiles = (ctx, engine) => wasmCommand(ctx, engine, [], '').files;

function sleepMs(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// The wasm builds are another engineer's (never built or configured here).
// Waits until the build files of wasmCommand exist and none changed in the
// last 5 s (not mid-rebuild), up to 10 minutes, and returns a stamp of
// their modification times. Emscripten writes the .js after the .wasm, so
// a .wasm newer than its .js is a link still running (wasm-opt can take a
// minute); after 3 minutes without a change that is taken as complete.
function wasmStamp(ctx, engine) {
  try {
    return wasmFiles(ctx, engine).map((f) => fs.statSync(f).mtimeMs);
  } catch {
    return null;
  }
}
function waitForWasm(ctx, engine) {
  // No build directory at all: nothing is coming, fail now.
  if (!fs.existsSync(wasmBuildDir(ctx, engine)))
    throw new Error(`${wasmBuildDir(ctx, engine)}: no such build (npm run build makes it)`);
  const deadline = Date.now() + 10 * 60 * 1000;
  let said = false;
  for (;;) {
    const stamp = wasmStamp(ctx, engine);
    if (stamp) {
      const [wasm, js] = stamp;
      const quiet = Date.now() - Math.max(...stamp);
      if (quiet > 5000 && (wasm <= js + 1000 || quiet > 3 * 60 * 1000)) return stamp.join();
    }
    if (Date.now() > deadline) throw new Error(`no complete ${wasmFiles(ctx, engine).join(' + ')}`);
    if (!said) log(`waiting for ${wasmFiles(ctx, engine).join(' + ')} (missing or being rebuilt)`);
    said = true;
    sleepMs(2000);
  }
}

// Runs fn() (a measurement on a wasm build) once the build is complete; a
// run that fails while the build changed under it is retried (twice at
// most).
function withWasmBuild(ctx, engine, fn) {
  for (let attempt = 0; ; attempt++) {
    const stamp = waitForWasm(ctx, engine);
    try {
      return fn();
    } catch (e) {
      if (attempt < 2 && String(wasmStamp(ctx, engine)) !== stamp) {
        log(`the wasm-${engine} build changed during a run; retrying`);
        continue;
      }
      throw e;
    }
  }
}

// Process wall time of gopark on a wasm build (cold: see above).
function wasmWall(ctx, engine, flags, file) {
  return withWasmBuild(ctx, engine, () => {
    const { cmd, args } = wasmCommand(ctx, engine, flags, path.join(BENCH_DIR, file));
    return wallTime(ctx, cmd, args);
  });
}

const hasWasmClient = (ctx) => fs.existsSync(path.join(ctx.root, 'wasm', 'client.mjs'));

// Run time of bench/<file> on a wasm build in a warm engine (warm.mjs), or,
// without wasm/client.mjs, process wall time less start-up.
function wasmRunTime(ctx, engine, flags, file) {
  if (!hasWasmClient(ctx)) return netTime(ctx, engine, file, { flags });
  return withWasmBuild(ctx, engine, () => runResult(ctx, process.execPath, [
    path.join(BENCH_DIR, 'wasm', 'warm.mjs'), ...(engine === 'single' ? ['--single'] : []), ...flags,
    path.join(BENCH_DIR, file)]).value);
}

let goRootMemo = null;
function goRoot() {
  if (goRootMemo) return goRootMemo;
  const r = spawnSync(WASM_GO, ['env', 'GOROOT'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${WASM_GO} env GOROOT: ${r.error?.message || r.stderr}`);
  return (goRootMemo = r.stdout.trim());
}

// Go's wasm_exec.js (lib/wasm since Go 1.24, misc/wasm before), loaded by
// bench/wasm/gorun.cjs and gowarm.cjs rather than Go's wasm_exec_node.js
// (Go 1.19's fails on Node 20; see gorun.cjs).
function wasmExec() {
  for (const dir of ['lib/wasm', 'misc/wasm']) {
    const f = path.join(goRoot(), dir, 'wasm_exec.js');
    if (fs.existsSync(f)) return f;
  }
  throw new Error(`no wasm_exec.js under ${goRoot()}`);
}

// build/bench-gowasm/<name>-<hash>.wasm for bench/<file>, the hash over the
// source and the Go version, so an edit or another Go gets a new build.
let goVersionMemo = null;
function goWasmBin(file) {
  if (!goVersionMemo) goVersionMemo = spawnSync(WASM_GO, ['version'], { encoding: 'utf8' }).stdout.trim();
  const src = fs.readFileSync(path.join(BENCH_DIR, file));
  const hash = createHash('sha256').update(goVersionMemo).update('\0').update(src).digest('hex').slice(0, 12);
  return path.join(GOWASM_DIR, `${file.slice(0, -3).replaceAll('/', '-')}-${hash}.wasm`);
}
function buildGoWasm(file) {
  const bin = goWasmBin(file);
  if (fs.existsSync(bin)) return;
  fs.mkdirSync(GOWASM_DIR, { recursive: true });
  const tmp = `${bin}.tmp`;
  sh(WASM_GO, ['build', '-o', tmp, path.join(BENCH_DIR, file)], {
    env: {
      ...process.env,
      GOOS: 'js',
      GOARCH: 'wasm',
      GO111MODULE: 'off',
      GOFLAGS: '',
      GOCACHE: path.join(GOWASM_DIR, 'cache'),
      GOPATH: path.join(GOWASM_DIR, 'gopath'),
    },
  });
  fs.renameSync(tmp, bin);
}

// Wall time of bench/<file> built by Go for js/wasm, under this Node.
function goWasmWall(ctx, file, env = {}) {
  return wallTime(ctx, process.execPath, [path.join(BENCH_DIR, 'wasm', 'gorun.cjs'), wasmExec(), goWasmBin(file)], env);
}

// Process wall time of bench/<file> on engine native | threads | single |
// gowasm, with gopark flags (`-p N`) or, for gowasm, environment.
function engineWall(ctx, engine, file, { flags = [], env = {} } = {}) {
  if (engine === 'native') return wallTime(ctx, path.join(ctx.buildDir, 'gopark'), ['run', ...flags, path.join(BENCH_DIR, file)]);
  if (engine === 'gowasm') return goWasmWall(ctx, file, env);
  return wasmWall(ctx, engine, flags, file);
}

// An engine's start-up: the median wall time of 5 runs of the empty
// program, measured once per harness run, again if the engine's build
// changed since (the wasm builds are rebuilt by others while we run).
function engineStamp(ctx, engine) {
  if (engine === 'native') return String(fs.statSync(path.join(ctx.buildDir, 'gopark')).mtimeMs);
  if (engine === 'gowasm') return WASM_GO;
  return String(wasmStamp(ctx, engine));
}
function startup(ctx, engine) {
  ctx.startup ??= {};
  const memo = ctx.startup[engine];
  if (!memo || memo.stamp !== engineStamp(ctx, engine)) {
    if (engine === 'threads' || engine === 'single') waitForWasm(ctx, engine);
    const stamp = engineStamp(ctx, engine);
    const xs = [];
    for (let i = 0; i < 5; i++) xs.push(engineWall(ctx, engine, WASM_START));
    ctx.startup[engine] = { stamp, value: median(xs) };
    log(`start-up of ${engine}: ${fmtNum(median(xs))} s (subtracted from its process wall times)`);
  }
  return ctx.startup[engine].value;
}

// Run time of bench/<file>: wall time less the engine's start-up (kept
// above 1 ms, so noise never makes it zero or negative).
function netTime(ctx, engine, file, opts) {
  const start = startup(ctx, engine);
  return Math.max(0.001, engineWall(ctx, engine, file, opts) - start);
}

// Run time (see above) of bench/<file> on an engine, with gopark flags or,
// for gowasm, environment.
function runTime(ctx, engine, file, { flags = [], env = {} } = {}) {
  if (engine === 'native') return netTime(ctx, engine, file, { flags });
  if (engine === 'gowasm')
    return runResult(ctx, process.execPath, [path.join(BENCH_DIR, 'wasm', 'gowarm.cjs'),
      wasmExec(), goWasmBin(file)], env).value;
  return wasmRunTime(ctx, engine, flags, file);
}

const WASM_ENGINES = { threads: 'wasm-threads', single: 'wasm-single' };
// Row names: wasm/... for wasm-threads, wasm-single/... for wasm-single
// (`--only ^wasm` selects both).
const wasmLayer = (engine) => (engine === 'threads' ? 'wasm' : 'wasm-single');

function wasmNeeds(engine, gowasm = []) {
  return { cmake: [], go: [], wasm: [engine], gowasm };
}

const WASM_ROWS = [];

// The interpreter programs (the ones of interp/<name>/native) on a wasm
// build against the native CLI, both at their default -p (all cores): run
// time, warm (see above). Target for wasm-threads: at most 1.6x native;
// wasm-single is report only.
for (const engine of ['threads', 'single']) {
  for (const name of ['fib', 'loop', 'binarytrees', 'methods', 'maps', 'strings']) {
    WASM_ROWS.push({
      name: `${wasmLayer(engine)}/${name}/native`,
      ours: WASM_ENGINES[engine],
      peer: 'native',
      unit: 's',
      target: engine === 'threads' ? '<=1.6' : '',
      needs: { ...wasmNeeds(engine), cmake: ['gopark'] },
      run(side, ctx) {
        return runTime(ctx, side === 'ours' ? engine : 'native', `interp/${name}.go`);
      },
    });
  }
}

// Channels on a wasm build against the same program compiled by Go to wasm
// under the same Node, both warm (Go's js/wasm runs every goroutine on one
// thread; ours runs at its default -p). pingpong: unbuffered round trips,
// target faster than Go's wasm; fanin (select over four producers) and
// chanbuf (buffered throughput): report only.
for (const engine of ['threads', 'single']) {
  for (const name of ['pingpong', 'fanin', 'chanbuf']) {
    const file = `interp/${name}.go`;
    WASM_ROWS.push({
      name: `${wasmLayer(engine)}/${name}/gowasm`,
      ours: WASM_ENGINES[engine],
      peer: 'gowasm',
      unit: 's',
      target: name === 'pingpong' ? '<1.0' : '',
      needs: wasmNeeds(engine, [file]),
      run(side, ctx) {
        return runTime(ctx, side === 'ours' ? engine : 'gowasm', file);
      },
    });
  }
}

// The CPU-bound job of interp/parallel/go (16 goroutines) on wasm-threads:
// run time at -p 1 over run time at -p 2, warm. Target: at least 1.8 on
// two cores. Go's wasm for reference: GOMAXPROCS=1 over its default, which
// is 1 on js/wasm (GOMAXPROCS=2 aborts there with "newosproc: not
// implemented": Go's wasm has one thread), so its speedup is about 1.
WASM_ROWS.push({
  name: 'wasm/parallel/gowasm',
  ours: 'wasm-threads',
  peer: 'gowasm',
  unit: 'speedup',
  target: '>=1.8 speedup',
  needs: wasmNeeds('threads', ['interp/parallel.go']),
  run(side, ctx) {
    const file = 'interp/parallel.go';
    if (side === 'ours') return runTime(ctx, 'threads', file, { flags: ['-p', 1] }) / runTime(ctx, 'threads', file, { flags: ['-p', 2] });
    return runTime(ctx, 'gowasm', file, { env: { GOMAXPROCS: '1' } }) / runTime(ctx, 'gowasm', file);
  },
});

// Cold runs, reported only: `node wasm/run.mjs prog.go` (a fresh process,
// cold code) less the empty program's wall time, on wasm-threads, for the
// smallest interpreter program against the native CLI and for ping-pong
// against Go's wasm (also a fresh process less its empty program's). The
// difference to the warm rows is what V8's compiling costs a first run.
WASM_ROWS.push({
  name: 'wasm/fib-cold/native',
  ours: 'wasm-threads',
  peer: 'native',
  unit: 's',
  target: '',
  needs: { ...wasmNeeds('threads', [WASM_START]), cmake: ['gopark'] },
  run(side, ctx) {
    return netTime(ctx, side === 'ours' ? 'threads' : 'native', 'interp/fib.go');
  },
});
WASM_ROWS.push({
  name: 'wasm/pingpong-cold/gowasm',
  ours: 'wasm-threads',
  peer: 'gowasm',
  unit: 's',
  target: '',
  needs: wasmNeeds('threads', ['interp/pingpong.go', WASM_START]),
  run(side, ctx) {
    return netTime(ctx, side === 'ours' ? 'threads' : 'gowasm', 'interp/pingpong.go');
  },
});

// Start-up, reported only: wall time of the empty program (Node + the
// module + workers), and of hello world through fmt (for gopark that adds
// compiling fmt and the packages it imports from source), each against
// Go's wasm build of the same file.
for (const engine of ['threads', 'single']) {
  for (const [what, file] of [['startup', WASM_START], ['hello', WASM_HELLO]]) {
    WASM_ROWS.push({
      name: `${wasmLayer(engine)}/${what}/gowasm`,
      ours: WASM_ENGINES[engine],
      peer: 'gowasm',
      unit: 's',
      target: '',
      needs: wasmNeeds(engine, [file]),
      run(side, ctx) {
        return engineWall(ctx, side === 'ours' ? engine : 'gowasm', file);
      },
    });
  }
}

// Download size, reported only: the .wasm the wasm rows run (see
// wasmCommand), raw and gzipped (level 9, as a server would precompress
// it), against Go's hello-world .wasm (bench/wasm/hello.go) likewise.
for (const engine of ['threads', 'single']) {
  for (const gz of [false, true]) {
    WASM_ROWS.push({
      name: `${wasmLayer(engine)}/size${gz ? '-gzip' : ''}/gowasm`,
      ours: WASM_ENGINES[engine],
      peer: 'gowasm',
      unit: 'bytes',
      target: '',
      needs: wasmNeeds(engine, [WASM_HELLO]),
      run(side, ctx) {
        if (side === 'ours') waitForWasm(ctx, engine);
        const file = side === 'ours' ? wasmFiles(ctx, engine)[0] : goWasmBin(WASM_HELLO);
        const bytes = fs.readFileSync(file);
        return gz ? zlib.gzipSync(bytes, { level: 9 }).length : bytes.length;
      },
    });
  }
}

const ROWS = [...RUNTIME_ROWS, ...INTERP_ROWS, ...WASM_ROWS];

// ---------------------------------------------------------------- targets

// "<=1.0" / ">=1.2" constrain the ratio; a trailing word naming the unit
// (">=1.7 speedup") constrains our own value instead. "" is report only.
function checkTarget(target, ratio, oursValue) {
  const m = /^\s*(<=|>=|<|>)\s*([0-9.]+)\s*(\S+)?\s*$/.exec(target || '');
  if (!m) return null;
  const x = m[3] ? oursValue : ratio;
  if (x == null || !Number.isFinite(x)) return false;
  const t = Number(m[2]);
  switch (m[1]) {
    case '<=': return x <= t;
    case '>=': return x >= t;
    case '<': return x < t;
    default: return x > t;
  }
}

// ---------------------------------------------------------------- output

function fmtNum(v) {
  if (v == null || !Number.isFinite(v)) return '-';
  const a = Math.abs(v);
  if (a >= 1000) return v.toFixed(0);
  if (a >= 100) return v.toFixed(1);
  if (a >= 10) return v.toFixed(2);
  return v.toFixed(3);
}

function printTable(results) {
  const head = ['name', 'ours', 'peer', 'ratio', 'target'];
  const body = results.map((r) => {
    const pass = checkTarget(r.target, r.ratio, r.ours_value);
    const mark = pass == null ? '' : pass ? ' ok' : ' FAIL';
    return [
      r.name,
      r.ours_value == null ? `${r.ours}: error` : `${fmtNum(r.ours_value)} ${r.unit}`,
      r.peer_value == null ? `${r.peer}: error` : `${r.peer} ${fmtNum(r.peer_value)} ${r.unit}`,
      r.ratio == null ? '-' : r.ratio.toFixed(2),
      r.target ? r.target + mark : '',
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ').trimEnd();
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('-|-')];
  for (const row of body) out.push(line(row));
  process.stdout.write(out.join('\n') + '\n');
}

// ---------------------------------------------------------------- main

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const rows = ROWS.filter((r) => !opts.only || opts.only.test(r.name));
  if (opts.list) {
    for (const r of rows) process.stdout.write(`${r.name}\t(${r.ours} vs ${r.peer}, ${r.unit})\n`);
    return 0;
  }
  if (!rows.length) {
    log('run.mjs: no row matches');
    return 2;
  }
  const ctx = makeContext(opts);
  const needs = { cmake: new Set(), go: new Set(), wasm: new Set(), gowasm: new Set() };
  for (const r of rows)
    for (const kind of Object.keys(needs)) for (const t of r.needs?.[kind] || []) needs[kind].add(t);
  buildAll(ctx, needs);
  const load = os.loadavg()[0];
  if (load > 0.5)
    log(`warning: load average ${load.toFixed(2)}: something else is using the CPUs; expect noise`);

  const results = [];
  let errors = 0;
  const t0 = Date.now();
  for (const row of rows) {
    const vals = { ours: [], peer: [] };
    const errs = { ours: null, peer: null };
    for (let rep = 0; rep < opts.reps; rep++) {
      for (const side of ['ours', 'peer']) {
        if (errs[side]) continue;  // a program that failed once is not retried
        try {
          vals[side].push(row.run(side, ctx));
        } catch (e) {
          errs[side] = e;
          errors++;
          log(`${row.name} (${row[side]}): ${e.message}`);
        }
      }
    }
    const ours = errs.ours ? null : median(vals.ours);
    const peer = errs.peer ? null : median(vals.peer);
    const ratio = ours != null && peer != null && peer !== 0 ? ours / peer : null;
    log(`${row.name}: ours [${vals.ours.map(fmtNum).join(' ')}] peer [${vals.peer.map(fmtNum).join(' ')}] ${row.unit}`);
    results.push({
      name: row.name,
      ours: row.ours,
      peer: row.peer,
      peer_value: peer,
      ours_value: ours,
      unit: row.unit,
      ratio,
      target: row.target,
    });
  }
  log(`ran ${rows.length} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  printTable(results);
  if (opts.json) {
    fs.mkdirSync(path.dirname(path.resolve(opts.json)), { recursive: true });
    fs.writeFileSync(opts.json, JSON.stringify(results, null, 2) + '\n');
  }
  return errors ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (e) {
  log(`run.mjs: ${e.message}`);
  process.exitCode = 1;
}
