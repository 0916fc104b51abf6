// stress.mjs - the stress suite: tests/stress/*.go on the interpreter at
// GOMAXPROCS 1, 2, 4 and 8, then the runtime's Stress* GoogleTests.
//
//   node scripts/stress.mjs [SECONDS] [--build NAME] [--no-build]
//
// SECONDS (default 60) is split evenly over the parts (each program at each
// -p, and the GoogleTests together); time a part does not use goes to the
// ones after it. Each program loops over random rounds until its share is
// up, panics when an invariant breaks and otherwise prints what it did.
// NAME is a preset from CMakePresets.json (default native; native-tsan and
// native-asan run under the sanitizer) or any configured directory under
// build/ (e.g. a ThreadSanitizer build made by hand). A sanitizer report
// fails its part. The last line is "N passed, N failed, 0 skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from './build.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return null;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const buildName = opt('--build') ?? 'native';
const noBuild = args.includes('--no-build');
const seconds = Number(args.find((a) => /^\d+(\.\d+)?$/.test(a)) ?? 60);
const PROCS = [1, 2, 4, 8];
const TARGETS = ['gopark', 'api_tests'];
const dir = `build/${buildName}`;

if (!noBuild) {
  const t0 = Date.now();
  if (['native', 'native-asan', 'native-tsan'].includes(buildName) || !existsSync(`${dir}/CMakeCache.txt`)) {
    build(buildName, TARGETS);
  } else {
    const r = spawnSync('cmake', ['--build', dir, '-j2', ...TARGETS.flatMap((t) => ['--target', t])], {
      stdio: 'inherit',
    });
    if (r.status !== 0) process.exit(1);
  }
  console.log(`build ${buildName}: ${((Date.now() - t0) / 1000).toFixed(0)}s`);
}

const env = {
  ...process.env,
  ASAN_OPTIONS: 'detect_leaks=0:abort_on_error=0',
  UBSAN_OPTIONS: 'print_stacktrace=1:halt_on_error=1',
  TSAN_OPTIONS: 'halt_on_error=1:second_deadlock_stack=1',
};
const SANITIZER = /WARNING: ThreadSanitizer|ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer/;

const programs = readdirSync('tests/stress')
  .filter((f) => f.endsWith('.go'))
  .sort();
const parts = [];
for (const p of programs) {
  for (const n of PROCS) parts.push({ name: `${p} -p ${n}`, program: join('tests/stress', p), procs: n });
}
parts.push({ name: 'api_tests Stress*', gtest: true });

let passed = 0;
let failed = 0;
const t0 = Date.now();
const deadline = t0 + seconds * 1000;
for (let i = 0; i < parts.length; i++) {
  const part = parts[i];
  // An even share of what is left; the programs need about a second to
  // compile and exit beyond it (more under a sanitizer).
  const share = Math.max(0.5, (deadline - Date.now()) / 1000 / (parts.length - i));
  const start = Date.now();
  let r;
  if (part.gtest) {
    const tests = 4;
    r = spawnSync(`${dir}/runtime/api_tests`, ['--gtest_filter=Stress*', '--gtest_brief=1'], {
      env: { ...env, GOPARK_STRESS_SECONDS: (Math.max(0.1, share - 1) / tests).toFixed(2) },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: Math.round((share * 3 + 120) * 1000),
    });
  } else {
    const run = Math.max(0.2, share - 1).toFixed(2);
    r = spawnSync(`${dir}/gopark`, ['run', '-p', String(part.procs), part.program, run], {
      env,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: Math.round((share * 3 + 120) * 1000),
    });
  }
  const out = (r.stdout ?? '') + (r.stderr ?? '');
  const secs = ((Date.now() - start) / 1000).toFixed(1);
  let ok = r.status === 0 && !SANITIZER.test(out);
  let summary;
  if (part.gtest) {
    const pass = /\[  PASSED  \] (\d+) test/.exec(out);
    const fail = /\[  FAILED  \] (\d+) test/.exec(out);
    const p = pass ? Number(pass[1]) : 0;
    let f = fail ? Number(fail[1]) : 0;
    if (!ok && f === 0) f = 1; // crashed, timed out, or a sanitizer report
    passed += p;
    failed += f;
    summary = [...out.matchAll(/\[ stress   \] (.*)/g)].map((m) => m[1]).join('; ');
  } else {
    if (ok) passed++;
    else failed++;
    summary = (out.match(/^\S+: ok .*$/m) ?? [''])[0];
  }
  if (!ok) {
    const lines = out
      .split('\n')
      .slice(-200)
      .map((l) => (l.length > 400 ? l.slice(0, 400) + ' ...' : l));
    console.log(lines.join('\n'));
    if (r.error) console.log(String(r.error));
  }
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${part.name.padEnd(26)} ${secs.padStart(6)}s  ${summary}`);
}
console.log(`total ${((Date.now() - t0) / 1000).toFixed(0)}s on build/${buildName}`);
console.log(`${passed} passed, ${failed} failed, 0 skipped`);
process.exit(failed ? 1 : 0);
