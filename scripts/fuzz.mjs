// fuzz.mjs - builds the `fuzz` preset and runs each libFuzzer target.
//
//   node scripts/fuzz.mjs [SECONDS] [--target NAME ...] [--max-seeds N]
//
// Runs fuzz_parse, fuzz_check and fuzz_run (or the --target ones) one
// after another for SECONDS each (default 60), seeded with tests/go/**/*.go
// (copied into build/fuzz/corpus/<target>, which keeps what the fuzzer
// finds between runs) and the token dictionary fuzz/go.dict. Before that,
// each target replays fuzz/regressions/<target>/*. Prints executions per
// target and the path of any crash, hang or leak input; exits non-zero on
// a finding. See fuzz/README.md.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from './build.mjs';

export const TARGETS = ['fuzz_parse', 'fuzz_check', 'fuzz_run'];
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
function seed(target, maxSeeds) {
  const dir = join(DIR, 'corpus', target);
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

// Replays the saved inputs of fixed findings; true if all pass.
export function replay(target) {
  const dir = join('fuzz/regressions', target);
  if (!existsSync(dir)) return true;
  const files = readdirSync(dir).map((f) => join(dir, f));
  if (files.length === 0) return true;
  const r = spawnSync(join(DIR, target), ['-timeout=10', '-rss_limit_mb=2048', ...files], {
    env, encoding: 'utf8', maxBuffer: 64 << 20,
  });
  if (r.status !== 0) {
    console.log((r.stdout + r.stderr).split('\n').slice(-60).join('\n'));
    console.log(`${target}: regression inputs FAILED (${dir})`);
    return false;
  }
  console.log(`${target}: ${files.length} regression input(s) pass`);
  return true;
}

// Runs target for secs; returns { execs, findings }.
export function fuzz(target, secs, maxSeeds = 0) {
  const corpus = seed(target, maxSeeds);
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
  const targets = [];
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--target') targets.push(argv[++i]);
    else if (argv[i] === '--max-seeds') maxSeeds = Number(argv[++i]);
    else if (/^\d+$/.test(argv[i])) secs = Number(argv[i]);
    else {
      console.error('usage: node scripts/fuzz.mjs [SECONDS] [--target NAME ...] [--max-seeds N]');
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
  let ok = true;
  for (const t of list) ok = replay(t) && ok;
  for (const t of list) ok = fuzz(t, secs, maxSeeds).ok && ok;
  process.exit(ok ? 0 : 1);
}
