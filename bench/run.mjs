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
//
// A row is a plain object (see "Rows" below): name "layer/benchmark/engine",
// the engine names of ours and peer, the unit, a target, what it needs built,
// and run(side, ctx) that returns the measured value for side "ours" or
// "peer". Later layers (interp/..., wasm/...) append rows to ROWS.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
env: GOPARK_BUILD (default build/native), GOPARK_BENCH_TIMEOUT (seconds, default 120)
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
// or older than their source.
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

const ROWS = [...RUNTIME_ROWS, ...INTERP_ROWS];

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
  const needs = { cmake: new Set(), go: new Set() };
  for (const r of rows) {
    for (const t of r.needs?.cmake || []) needs.cmake.add(t);
    for (const t of r.needs?.go || []) needs.go.add(t);
  }
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
