// test.mjs - builds everything and runs every kind of test.
//
// Test kinds, each a GoogleTest binary or the Go-program runner on one engine:
//   native        runtime_tests, api_tests, interp_tests, tests/go (gopark vet),
//                 the stress suite for 20 s (scripts/stress.mjs)
//   native-asan   runtime_tests, api_tests, interp_tests (AddressSanitizer + UBSan)
//   native-tsan   runtime_tests, api_tests stress subset (ThreadSanitizer)
//   wasm-threads  runtime_tests, interp_tests under Node, Ms on Web Workers;
//                 tests/go, the guide and Go's corpus through the runner
//                 protocol (wasm/client.mjs), at GOMAXPROCS 1 and 4
//   wasm-single   the same on the single-thread build (one GOMAXPROCS);
//                 then both builds in Chromium (tests/web/runner.mjs)
//   web           the playground page in Chromium (tests/web/page.mjs,
//                 tests/web/panels.mjs, tests/web/limits.mjs,
//                 tests/web/embed.mjs)
//   fuzz          the libFuzzer targets, 30 s each (scripts/fuzz.mjs --ci)
// The last line is "N passed, N failed" summed over all of them.
//
//   node scripts/test.mjs [--only KIND,...]
import { spawnSync } from 'node:child_process';
import { build } from './build.mjs';

const only = (() => {
  const i = process.argv.indexOf('--only');
  return i > 0 ? new Set(process.argv[i + 1].split(',')) : null;
})();

const env = { ...process.env, NODE_PATH: '/usr/share/nodejs' };
// api_tests: goroutines still parked when main returns are abandoned, as in
// Go, and their stacks are freed without unwinding, so objects on those
// stacks are never destroyed. LeakSanitizer would report them; it stays on
// for runtime_tests.
const sanEnvNoLeaks = () => ({ ...sanEnv, ASAN_OPTIONS: 'detect_leaks=0:abort_on_error=0' });
const sanEnv = {
  ...env,
  ASAN_OPTIONS: 'detect_leaks=1:abort_on_error=0',
  UBSAN_OPTIONS: 'print_stacktrace=1:halt_on_error=1',
  TSAN_OPTIONS: 'halt_on_error=1:second_deadlock_stack=1',
};

const suites = [
  { kind: 'native', targets: ['runtime_tests', 'api_tests', 'pipeline', 'worker_pool', 'interp_tests', 'gopark'], runs: [
    { name: 'runtime_tests', cmd: ['build/native/runtime/runtime_tests'] },
    { name: 'api_tests', cmd: ['build/native/runtime/api_tests'] },
    { name: 'interp_tests', cmd: ['build/native/interp/interp_tests'] },
    { name: 'tests/go (native, GOMAXPROCS 1 and 4)', go: true, cmd: ['node', 'tests/run.mjs', '--gopark', 'build/native/gopark', '--engine', 'native', '--procs', '1,4'] },
    { name: 'guide programs (vet, run)', go: true, cmd: ['node', 'tests/guide.mjs', '--gopark', 'build/native/gopark'] },
    { name: 'examples (GOMAXPROCS 1 and 4)', go: true, cmd: ['node', 'tests/examples.mjs', '--engine', 'native', '--gopark', 'build/native/gopark'] },
    { name: 'stress (20 s: tests/stress at -p 1, 2, 4, 8; Stress* gtests)', go: true, cmd: ['node', 'scripts/stress.mjs', '20', '--build', 'native', '--no-build'] },
    { name: "Go's test suite (vet)", go: true, cmd: ['node', 'tests/corpus.mjs', '--gopark', 'build/native/gopark'] },
    { name: "Go's test suite (run)", go: true, cmd: ['node', 'tests/corpus-run.mjs', '--gopark', 'build/native/gopark'] },
  ] },
  { kind: 'native-asan', targets: ['runtime_tests', 'api_tests', 'interp_tests', 'gopark'], runs: [
    { name: 'runtime_tests', cmd: ['build/native-asan/runtime/runtime_tests'], env: sanEnv },
    { name: 'api_tests', cmd: ['build/native-asan/runtime/api_tests'], env: sanEnvNoLeaks() },
    { name: 'interp_tests', cmd: ['build/native-asan/interp/interp_tests'], env: sanEnv },
    // The front end under AddressSanitizer on every Go file we check.
    // The collector at every allocation, under AddressSanitizer: a missed
    // root is a use after free.
    { name: 'tests/go (native, gcstress)', go: true, env: sanEnv, cmd: ['node', 'tests/run.mjs', '--gopark', 'build/native-asan/gopark', '--engine', 'native', '--gcstress'] },
    { name: "Go's test suite (vet)", go: true, env: sanEnv, cmd: ['node', 'tests/corpus.mjs', '--gopark', 'build/native-asan/gopark'] },
    { name: "Go's test suite (run)", go: true, env: sanEnv, cmd: ['node', 'tests/corpus-run.mjs', '--gopark', 'build/native-asan/gopark', '--timeout', '60'] },
  ] },
  { kind: 'native-tsan', targets: ['runtime_tests', 'api_tests'], runs: [
    { name: 'runtime_tests', cmd: ['build/native-tsan/runtime/runtime_tests'], env: sanEnv },
    { name: 'api_tests (stress)', cmd: ['build/native-tsan/runtime/api_tests', '--gtest_filter=Stress*'], env: sanEnv },
  ] },
  // tests/wasm/cli.mjs compares with build/native/gopark, built above.
  { kind: 'wasm-threads', targets: ['runtime_tests', 'interp_tests', 'gopark_engine'], runs: [
    { name: 'runtime_tests', cmd: ['node', 'build/wasm-threads/runtime/runtime_tests.js'] },
    { name: 'interp_tests', cmd: ['node', 'build/wasm-threads/interp/interp_tests.js'] },
    { name: 'tests/go (GOMAXPROCS 1 and 4)', go: true, cmd: ['node', 'tests/run.mjs', '--engine', 'wasm-threads', '--procs', '1,4'] },
    { name: 'guide programs (vet, run)', go: true, cmd: ['node', 'tests/guide.mjs', '--engine', 'wasm-threads'] },
    { name: 'examples (GOMAXPROCS 1 and 4)', go: true, cmd: ['node', 'tests/examples.mjs', '--engine', 'wasm-threads'] },
    { name: "Go's test suite (run)", go: true, cmd: ['node', 'tests/corpus-run.mjs', '--engine', 'wasm-threads'] },
    { name: 'stop (runner protocol)', go: true, cmd: ['node', 'tests/wasm/stop.mjs', 'threads'] },
    { name: 'output (runner protocol)', go: true, cmd: ['node', 'tests/wasm/output.mjs', 'threads'] },
    { name: 'runs on one Runner leave nothing behind', go: true, cmd: ['node', 'tests/wasm/reuse.mjs', 'threads'] },
    { name: 'net/http via fetch()', go: true, cmd: ['node', 'tests/wasm/fetch.mjs', 'threads'] },
    { name: 'wasm/run.mjs = gopark run', go: true, cmd: ['node', 'tests/wasm/cli.mjs', 'threads'] },
  ] },
  { kind: 'wasm-single', targets: ['runtime_tests', 'interp_tests', 'gopark_engine'], runs: [
    { name: 'runtime_tests', cmd: ['node', 'build/wasm-single/runtime/runtime_tests.js'] },
    { name: 'interp_tests', cmd: ['node', 'build/wasm-single/interp/interp_tests.js'] },
    { name: 'tests/go', go: true, cmd: ['node', 'tests/run.mjs', '--engine', 'wasm-single'] },
    { name: 'guide programs (vet, run)', go: true, cmd: ['node', 'tests/guide.mjs', '--engine', 'wasm-single'] },
    { name: 'examples (GOMAXPROCS 1 and 4)', go: true, cmd: ['node', 'tests/examples.mjs', '--engine', 'wasm-single'] },
    { name: "Go's test suite (run)", go: true, cmd: ['node', 'tests/corpus-run.mjs', '--engine', 'wasm-single'] },
    { name: 'stop (runner protocol)', go: true, cmd: ['node', 'tests/wasm/stop.mjs', 'single'] },
    { name: 'output (runner protocol)', go: true, cmd: ['node', 'tests/wasm/output.mjs', 'single'] },
    { name: 'runs on one Runner leave nothing behind', go: true, cmd: ['node', 'tests/wasm/reuse.mjs', 'single'] },
    { name: 'net/http via fetch()', go: true, cmd: ['node', 'tests/wasm/fetch.mjs', 'single'] },
    { name: 'wasm/run.mjs = gopark run', go: true, cmd: ['node', 'tests/wasm/cli.mjs', 'single'] },
    // Both wasm builds exist by now: the protocol in Chromium, threads in
    // an isolated page, single-thread in a plain one.
    { name: 'browser: runner protocol', go: true, cmd: ['node', 'tests/web/runner.mjs'] },
  ] },
  // The playground page (web/dist, built by Vite from web/ with both wasm
  // builds) in Chromium.
  { kind: 'web', targets: [], runs: [
    { name: 'browser: playground page', go: true, cmd: ['node', 'tests/web/page.mjs'] },
    { name: 'browser: state panel and timeline', go: true, cmd: ['node', 'tests/web/panels.mjs'] },
    { name: 'browser: limits and markup', go: true, cmd: ['node', 'tests/web/limits.mjs'] },
    { name: 'browser: embedding in documentation pages', go: true, cmd: ['node', 'tests/web/embed.mjs'] },
  ] },
  // libFuzzer targets (clang 14, ASan + UBSan): regression inputs, then 30 s each.
  { kind: 'fuzz', targets: ['fuzz_parse', 'fuzz_check', 'fuzz_run'], runs: [
    { name: 'libFuzzer targets (30 s each)', go: true, cmd: ['node', 'scripts/fuzz.mjs', '30', '--ci'] },
  ] },
];

let passed = 0;
let failed = 0;
const summary = [];

function runGtest(kind, run) {
  const t0 = Date.now();
  const extra = run.go ? [] : ['--gtest_brief=1'];
  const r = spawnSync(run.cmd[0], [...run.cmd.slice(1), ...extra], {
    env: run.env ?? env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 15 * 60 * 1000,
  });
  const out = (r.stdout ?? '') + (r.stderr ?? '');
  let p = 0;
  let f = 0;
  if (run.go) {
    // tests/run.mjs ends with "N passed, N failed, N skipped".
    const m = /(\d+) passed, (\d+) failed, (\d+) skipped\s*$/.exec(out);
    if (m) [p, f] = [Number(m[1]), Number(m[2])];
  } else {
    const ok = /\[  PASSED  \] (\d+) test/.exec(out);
    const bad = /\[  FAILED  \] (\d+) test/.exec(out);
    p = ok ? Number(ok[1]) : 0;
    f = bad ? Number(bad[1]) : 0;
  }
  if (r.status !== 0 && f === 0) f = 1;  // crashed, timed out, or sanitizer report
  if (f > 0 || r.status !== 0) {
    // The tail is what matters (gtest's failure list, a sanitizer report);
    // cap line length so a minified script in a stack trace stays readable.
    const lines = out.split('\n').slice(-300).map((l) => (l.length > 400 ? l.slice(0, 400) + ' ...' : l));
    console.log(lines.join('\n'));
  }
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  const line = `${kind.padEnd(13)} ${run.name.padEnd(20)} ${p} passed, ${f} failed (${secs}s)`;
  console.log(line);
  summary.push(line);
  passed += p;
  failed += f;
}

for (const s of suites) {
  if (only && !only.has(s.kind)) continue;
  try {
    const t0 = Date.now();
    build(s.kind, s.targets);
    const line = `${s.kind.padEnd(13)} build ${((Date.now() - t0) / 1000).toFixed(0)}s`;
    console.log(line);
    summary.push(line);
  } catch (e) {
    console.log(`${s.kind}: build failed: ${e.message}`);
    failed += s.runs.length;
    continue;
  }
  for (const run of s.runs) runGtest(s.kind, run);
}

console.log('\n' + summary.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
