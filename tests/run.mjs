// run.mjs - runs the Go test programs in tests/go against an engine.
//
//   node tests/run.mjs [--gopark PATH] [--engine vet|native|wasm-threads|wasm-single]
//                      [--gcstress] [--procs 1,4] [FILE_OR_DIR ...]
//
// Engines: vet checks every file with `gopark vet` (no run); native also
// runs the `// run` files with `gopark run`; wasm-threads and wasm-single
// do both through the runner protocol (wasm/client.mjs), one runner worker
// per job, each serving many programs, as the browser would.
// --procs: each program runs once per GOMAXPROCS listed (-p N; each run
// counts as a test); default: the engine's default.
//
// Each file's first line is a directive:
//   // errorcheck   every `// ERROR "regexp"` comment marks a line that must
//                   get a diagnostic matching the regexp (several quoted
//                   regexps may follow ERROR); a diagnostic on a line with no
//                   ERROR comment is a failure.
//   // run          the program must check clean (engine vet); the native
//                   engine (gopark run) also runs it and compares its
//                   Output / Panic / Fatal blocks (tests/expect.mjs).
//   // skip: why    not run; counted and listed as skipped, never as passed.
// Programs run in parallel, one per CPU (--jobs N to change); failures are
// printed in file order once all are done, then "N passed, N failed, N
// skipped".
import { availableParallelism } from 'node:os';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { errorPatterns } from './errorcheck.mjs';
import { engine as makeEngine } from './engine.mjs';
import { expectations, judge } from './expect.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
let gopark = join(root, 'build/native/gopark');
let engine = 'vet';
let gcstress = false;  // native engine: collect before every allocation
let procs = [null];    // native engine: GOMAXPROCS of each run (null: default)
let jobs = availableParallelism();
const targets = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--gopark') gopark = args[++i];
  else if (args[i] === '--engine') engine = args[++i];
  else if (args[i] === '--gcstress') gcstress = true;
  else if (args[i] === '--procs') procs = args[++i].split(',').map(Number);
  else if (args[i] === '--jobs') jobs = Math.max(1, Number(args[++i]));
  else targets.push(args[i]);
}
if (targets.length === 0) targets.push(join(root, 'tests/go'));
const wasm = engine === 'wasm-threads' || engine === 'wasm-single';
if (!['vet', 'native'].includes(engine) && !wasm) throw new Error(`unknown engine ${engine}`);
const eng = makeEngine(engine === 'vet' ? 'native' : engine, { gopark });

function collect(p, out) {
  if (statSync(p).isDirectory()) {
    for (const e of readdirSync(p).sort()) collect(join(p, e), out);
  } else if (p.endsWith('.go')) {
    out.push(p);
  }
  return out;
}

async function vet(file) {
  const { status, text } = await eng.vet(file);
  const diags = [];
  for (const line of text.split('\n')) {
    const m = /^(.*?):(\d+):(\d+): (.*)$/.exec(line);
    if (m) diags.push({ line: Number(m[2]), col: Number(m[3]), msg: m[4] });
  }
  return { status, diags, text };
}

async function checkErrors(file, src) {
  const want = new Map();  // line -> patterns
  src.split('\n').forEach((l, i) => {
    const p = errorPatterns(l);
    if (p && p.length) want.set(i + 1, p);
  });
  const { status, diags, text } = await vet(file);
  const problems = [];
  // 0 clean, 1 diagnostics; anything else is a crash (or a sanitizer report).
  if (status !== 0 && status !== 1) problems.push(`gopark vet exited with status ${status}: ${text.trim().slice(-300)}`);
  const byLine = new Map();
  for (const d of diags) {
    if (!byLine.has(d.line)) byLine.set(d.line, []);
    byLine.get(d.line).push(d.msg);
  }
  for (const [line, pats] of want) {
    const got = byLine.get(line) ?? [];
    for (const p of pats) {
      if (!got.some((msg) => new RegExp(p).test(msg)))
        problems.push(`line ${line}: no error matching ${JSON.stringify(p)} (got ${JSON.stringify(got)})`);
    }
  }
  for (const [line, msgs] of byLine) {
    if (!want.has(line)) problems.push(`line ${line}: unexpected error ${JSON.stringify(msgs)}`);
  }
  if (diags.length === 0 && want.size > 0 && !/:\d+:\d+: /.test(text) && text.trim())
    problems.push(`gopark vet printed: ${text.trim().slice(0, 300)}`);
  return problems;
}

async function checkClean(file) {
  const { status, text } = await vet(file);
  return status === 0 ? [] : [`expected no diagnostics, got:\n${text.trim()}`];
}

async function checkRun(file, expect, p) {
  const argv = [...(gcstress ? ['-gcstress'] : []), ...(p ? ['-p', String(p)] : []), ...expect.flags];
  const r = await eng.run(file, { argv, progArgs: expect.progArgs.join(' '), measureRSS: expect.maxRSSMiB !== null });
  return judge(r, expect);
}

// One test run: a name and a function resolving to its problems.
const tests = [];
const skipped = [];
for (const t of targets) {
  for (const file of collect(resolve(t), [])) {
    const src = readFileSync(file, 'utf8');
    const first = src.split('\n', 1)[0].trim();
    const name = relative(root, file);
    if (first === '// run' && engine === 'wasm-single' && expectations(src)?.parallel) {
      skipped.push(`${name}: ${expectations(src).parallel} (the single-thread build runs one goroutine at a time)`);
      continue;
    }
    if (first === '// run' && engine !== 'vet' && expectations(src) && procs.length > 1) {
      for (const p of procs) tests.push({ name: `${name} (-p ${p})`, check: () => checkRun(file, expectations(src), p) });
      continue;
    }
    if (first.startsWith('// skip')) {
      skipped.push(`${name}: ${first.replace(/^\/\/ skip:?\s*/, '')}`);
    } else if (first === '// errorcheck') {
      tests.push({ name, check: () => checkErrors(file, src) });
    } else if (first === '// run') {
      const expect = expectations(src);
      if (engine === 'vet' || !expect) tests.push({ name, check: () => checkClean(file) });
      else tests.push({ name, check: () => checkRun(file, expect, procs[0]) });
    } else {
      const problem = `first line must be // run, // errorcheck or // skip: reason (got ${JSON.stringify(first)})`;
      tests.push({ name, check: async () => [problem] });
    }
  }
}

const results = new Array(tests.length);
let next = 0;
async function worker() {
  while (next < tests.length) {
    const i = next++;
    results[i] = await tests[i].check();
  }
}
await Promise.all(Array.from({ length: Math.min(jobs, tests.length) }, worker));

let passed = 0, failed = 0;
tests.forEach((t, i) => {
  if (results[i].length) {
    failed++;
    console.log(`FAIL ${t.name}\n  ${results[i].join('\n  ')}`);
  } else {
    passed++;
  }
});
for (const s of skipped) console.log(`skip ${s}`);
await eng.close();
console.log(`${passed} passed, ${failed} failed, ${skipped.length} skipped`);
process.exit(failed ? 1 : 0);
