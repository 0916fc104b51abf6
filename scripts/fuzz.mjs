// fuzz.mjs - builds the `fuzz` preset and runs each libFuzzer target.
//
//   node scripts/fuzz.mjs [SECONDS] [--target NAME ...] [--max-seeds N] [--ci]
//
// Runs fuzz_parse, fuzz_check and fuzz_run (or the --target ones) one
// after another for SECONDS each (default 60), seeded with tests/go/**/*.go
// (copied into build/fuzz/corpus/<target>, which keeps what the fuzzer
// finds between runs) and the token dictionary fuzz/go.dict. Before that,
// each target replays fuzz/regressions/<target>/*. Prints executions per
// target and the path of any crash, hang or leak input; exits non-zero on
// a finding. See fuzz/README.md.
//
// --ci (the test kind `fuzz`): a fresh corpus of a few seeds (CI_SEEDS,
// or --max-seeds) per target, each regression input replayed on its own,
// one line per failure, and a last line "N passed, N failed, 0 skipped"
// (each regression input and each target without findings is a test).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from './build.mjs';

export const TARGETS = ['fuzz_parse', 'fuzz_check', 'fuzz_run'];
// --ci seeds per target: checking (and running) one seed costs 0.1-0.3 s
// under the sanitizers, so 150 seeds would fill a 30 s run of fuzz_check
// or fuzz_run before any mutation; parsing is cheap.
const CI_SEEDS = { fuzz_parse: 150, fuzz_check: 40, fuzz_run: 40 };
const DIR = 'build/fuzz';

const env = {
  ...process.env,
  ASAN_OPTIONS: 'detect_leaks=1:abort_on_error=1:symbolize=1',
  UBSAN_OPTIONS: 'print_stacktrace=1:halt_on_error=1',
};

function goFiles(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) goFiles(p, out);
    else if (e.name.endsWith('.go')) out.push(p);
  }
  return out;
}

// tests/go/a/b.go -> corpus/seed_a_b.go (flat, so libFuzzer reads it
// all). Files under 3 KB only: a big seed costs a second or more to check
// and run under the sanitizers before fuzzing starts. maxSeeds (CI) takes
// an evenly spread subset.
function seed(target, maxSeeds, fresh) {
  const dir = join(DIR, fresh ? 'corpus-ci' : 'corpus', target);
  if (fresh) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let files = goFiles('tests/go').sort().filter((f) => statSync(f).size < 3072);
  if (maxSeeds && files.length > maxSeeds) {
    const step = files.length / maxSeeds;
    files = Array.from({ length: maxSeeds }, (_, i) => files[Math.floor(i * step)]);
  }
  for (const f of files) {
    const dst = join(dir, 'seed_' + f.slice('tests/go/'.length).replaceAll('/', '_'));
    if (!existsSync(dst)) copyFileSync(f, dst);
  }
  return dir;
}

function regressions(target) {
  const dir = join('fuzz/regressions', target);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().map((f) => join(dir, f));
}

function runInputs(target, files) {
  return spawnSync(join(DIR, target), ['-timeout=10', '-rss_limit_mb=2048', ...files], {
    env, encoding: 'utf8', maxBuffer: 64 << 20,
  });
}

// Replays the saved inputs of fixed findings; true if all pass.
export function replay(target) {
  const files = regressions(target);
  if (files.length === 0) return true;
  const r = runInputs(target, files);
  if (r.status !== 0) {
    console.log((r.stdout + r.stderr).split('\n').slice(-60).join('\n'));
    console.log(`${target}: regression inputs FAILED (fuzz/regressions/${target})`);
    return false;
  }
  console.log(`${target}: ${files.length} regression input(s) pass`);
  return true;
}

// Replays each saved input on its own; returns the files that fail.
function replayEach(target) {
  const bad = [];
  for (const f of regressions(target)) {
    const r = runInputs(target, [f]);
    if (r.status !== 0) {
      console.log((r.stdout + r.stderr).split('\n').slice(-40).join('\n'));
      bad.push(f);
    }
  }
  return bad;
}

// Runs target for secs; returns { execs, findings, ok }. fresh: start from
// the seeds alone in build/fuzz/corpus-ci (CI), not the kept corpus.
export function fuzz(target, secs, maxSeeds = 0, fresh = false) {
  const corpus = seed(target, maxSeeds, fresh);
  const artifacts = join(DIR, 'artifacts', target) + '/';
  mkdirSync(artifacts, { recursive: true });
  const before = new Set(readdirSync(artifacts));
  const args = [
    `-max_total_time=${secs}`, '-timeout=10', '-rss_limit_mb=2048', '-max_len=8192',
    '-print_final_stats=1', `-dict=fuzz/go.dict`,
    `-artifact_prefix=${artifacts}`, corpus,
  ];
  const t0 = Date.now();
  const r = spawnSync(join(DIR, target), args, { env, encoding: 'utf8', maxBuffer: 512 << 20 });
  const out = (r.stdout ?? '') + (r.stderr ?? '');
  const execs = Number(/stat::number_of_executed_units:\s*(\d+)/.exec(out)?.[1] ?? 0);
  const findings = readdirSync(artifacts).filter((f) => !before.has(f)).map((f) => artifacts + f);
  const secsRun = (Date.now() - t0) / 1000;
  const corpusSize = readdirSync(corpus).length;
  if (r.status !== 0 || findings.length) {
    console.log(out.split('\n').slice(-80).join('\n'));
  }
  console.log(`${target}: ${execs} execs in ${secsRun.toFixed(0)}s (${(execs / secsRun).toFixed(0)}/s), ` +
    `corpus ${corpusSize}, ${findings.length ? 'FINDINGS: ' + findings.join(' ') : 'no findings'}` +
    (r.status !== 0 && !findings.length ? ` (exit status ${r.status})` : ''));
  return { execs, findings, ok: r.status === 0 && findings.length === 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let secs = 60;
  let maxSeeds = 0;
  let ci = false;
  const targets = [];
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--target') targets.push(argv[++i]);
    else if (argv[i] === '--max-seeds') maxSeeds = Number(argv[++i]);
    else if (argv[i] === '--ci') ci = true;
    else if (/^\d+$/.test(argv[i])) secs = Number(argv[i]);
    else {
      console.error('usage: node scripts/fuzz.mjs [SECONDS] [--target NAME ...] [--max-seeds N] [--ci]');
      process.exit(2);
    }
  }
  for (const t of targets) {
    if (!TARGETS.includes(t)) {
      console.error(`fuzz: unknown target ${t} (${TARGETS.join(', ')})`);
      process.exit(2);
    }
  }
  const list = targets.length ? targets : TARGETS;
  build('fuzz', list);
  if (ci) {
    let passed = 0;
    let failed = 0;
    for (const t of list) {
      const bad = replayEach(t);
      for (const f of bad) console.log(`FAIL ${t}: regression input ${f}`);
      failed += bad.length;
      passed += regressions(t).length - bad.length;
    }
    for (const t of list) {
      const r = fuzz(t, secs, maxSeeds || CI_SEEDS[t], true);
      if (r.ok) passed++;
      else {
        failed++;
        console.log(`FAIL ${t}: ${r.findings.length ? r.findings.join(' ') : 'fuzzer exited abnormally'}`);
      }
    }
    console.log(`${passed} passed, ${failed} failed, 0 skipped`);
    process.exit(failed ? 1 : 0);
  }
  let ok = true;
  for (const t of list) ok = replay(t) && ok;
  for (const t of list) ok = fuzz(t, secs, maxSeeds).ok && ok;
  process.exit(ok ? 0 : 1);
}
