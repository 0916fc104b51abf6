// guide.mjs - the complete programs of the Go concurrency guide: each must
// check clean (vet), and each with an entry in tests/guide/expect.json must
// run as the entry says (run), once at GOMAXPROCS 1 and once at 4 (each
// run counts as a test). Runs use the virtual clock (-faketime) unless the
// entry says "clock": "real"; a virtual-clock run of a program that
// sleeps (entry "sleeps") must take under a second of wall time, however
// long it sleeps. The guide is read in
// place (../shared/seeds, beside the repository) and never copied into the
// repo; expected outputs come from Go 1.22 (tests/guide/gen.mjs).
//
//   node tests/guide.mjs [--gopark PATH] [--engine native|wasm-threads|wasm-single]
//                        [--guide PATH] [--no-run] [--procs 1,4]
//
// A complete program is a ```go block containing "package main". Prints
// one line per failure, the skipped programs with their reason, and
// "N passed, N failed, N skipped".
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { engine as makeEngine } from './engine.mjs';

export function completePrograms(md) {
  const out = [];
  const re = /```go\n([\s\S]*?)```/g;
  let m;
  while ((m = re.exec(md)) !== null) {
    if (!/^package main\b/m.test(m[1])) continue;
    const line = md.slice(0, m.index).split('\n').length + 1;  // first code line
    out.push({ line, src: m[1] });
  }
  return out;
}

const sortedLines = (s) => s.split('\n').filter((l) => l !== '').sort().join('\n');

// What the run of program n (1-based) got wrong, or null.
async function checkRun(eng, file, n, e, expectDir, procs) {
  const fake = e.clock !== 'real';
  const r = await eng.run(file, { argv: ['-p', String(procs), ...(fake ? ['-faketime'] : [])] });
  const ms = r.ms;
  if (r.error) return `did not finish: ${r.error.code || r.error.message}`;
  if (fake && e.sleeps && ms >= 1000) return `took ${ms.toFixed(0)} ms of wall time under -faketime (want under 1 s)`;
  const out = r.output;
  const want = () => readFileSync(join(expectDir, `${String(n).padStart(2, '0')}.txt`), 'utf8');
  switch (e.kind) {
    case 'exact':
      if (r.status !== 0) return `exit status ${r.status}:\n${out.slice(-600)}`;
      return out === want() ? null : `output differs from Go's:\n${out.slice(0, 600)}`;
    case 'lines':
      if (r.status !== 0) return `exit status ${r.status}:\n${out.slice(-600)}`;
      return sortedLines(out) === sortedLines(want()) ? null : `lines differ from Go's:\n${out.slice(0, 600)}`;
    case 'regex': {
      if (r.status !== 0) return `exit status ${r.status}:\n${out.slice(-600)}`;
      const m = new RegExp(e.pattern).exec(out);
      if (!m) return `output does not match ${e.pattern}:\n${out.slice(0, 600)}`;
      if (e.count) {
        // racy: the program counts with a plain += from parallel
        // goroutines, so with more than one P increments can be lost.
        const n = out.split('\n').filter((l) => l === e.count.line).length;
        const said = Number(m[e.count.group]);
        const ok = e.count.racy && procs > 1 ? said >= 1 && said <= n : said === n;
        if (!ok) return `says ${said}, but ${JSON.stringify(e.count.line)} appears ${n} times`;
      }
      return null;
    }
    case 'starvation': {
      // Each worker reports once how many loops it did in its second.
      if (r.status !== 0) return `exit status ${r.status}:\n${out.slice(-600)}`;
      const count = (re) => out.split('\n').map((l) => re.exec(l)).filter(Boolean).map((m) => Number(m[1]));
      const greedy = count(/^Greedy worker was able to execute (\d+) work loops$/);
      const polite = count(/^Polite worker was able to execute (\d+) work loops $/);
      if (greedy.length !== 1 || polite.length !== 1 || out.split('\n')[0] !== 'vim-go')
        return `want vim-go and one line per worker:\n${out.slice(0, 600)}`;
      // The guide's point: the worker that holds the lock longer gets more
      // done (Go 1.22: about 2.3 times as many loops at GOMAXPROCS 1, 1.9
      // at 4). That needs Mutex's starvation mode to hand the lock over
      // and the unlocker to yield, as Go's does.
      return greedy[0] > polite[0] && polite[0] > 0 ? null : `the greedy worker did not do more loops:\n${out}`;
    }
    case 'deadlock':
      return r.status === 2 && out.includes('fatal error: all goroutines are asleep - deadlock!\n')
        ? null : `want Go's deadlock error and exit 2, got exit ${r.status}:\n${out.slice(-600)}`;
    case 'compile':
      return r.status === 1 && out.includes(e.error) ? null : `want exit 1 with ${JSON.stringify(e.error)}, got exit ${r.status}:\n${out.slice(-600)}`;
    default:
      return `unknown kind ${e.kind}`;
  }
}

async function main() {
  const root = resolve(new URL('..', import.meta.url).pathname);
  const args = process.argv.slice(2);
  let gopark = join(root, 'build/native/gopark');
  let guide = resolve(root, '../shared/seeds/go-concurrency-guide.md');
  let run = true;
  let procs = [1, 4];
  let kind = 'native';
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--gopark') gopark = resolve(args[++i]);
    else if (args[i] === '--engine') kind = args[++i];
    else if (args[i] === '--guide') guide = args[++i];
    else if (args[i] === '--no-run') run = false;
    else if (args[i] === '--procs') procs = args[++i].split(',').map(Number);
  }
  if (!existsSync(guide)) {
    console.log(`guide not found at ${guide}`);
    console.log('0 passed, 1 failed, 0 skipped');
    return 1;
  }
  const expectDir = join(root, 'tests/guide');
  const expect = JSON.parse(readFileSync(join(expectDir, 'expect.json'), 'utf8'));
  const progs = completePrograms(readFileSync(guide, 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'gopark-guide-'));
  let passed = 0, failed = 0;
  const skipped = [];
  const eng = makeEngine(kind, { gopark });
  for (const [i, p] of progs.entries()) {
    const n = i + 1;
    const file = join(dir, `guide_line${p.line}.go`);
    writeFileSync(file, p.src);
    const r = await eng.vet(file);
    const out = r.text.trim();
    // One program of the guide (Cancellation) omits its import declaration;
    // Go rejects it with "undefined: fmt", and so must we. Every other
    // program must check clean.
    const noImports = !/^import\b/m.test(p.src) && /\bfmt\./.test(p.src);
    const ok = noImports ? r.status === 1 && /: undefined: fmt$/m.test(out) : r.status === 0;
    if (ok) passed++;
    else {
      failed++;
      console.log(`FAIL guide program ${n} (line ${p.line}) vet:\n${out}`);
    }
    if (!run) continue;
    const e = expect.programs[String(n)];
    if (!e) {
      skipped.push(`guide program ${n} (line ${p.line}) run: ${expect.pending?.[String(n)] || 'no expectation'}`);
      continue;
    }
    for (const np of procs) {
      const problem = e.line !== p.line
        ? `the guide changed: the program starts at line ${p.line}, expect.json says ${e.line}`
        : await checkRun(eng, file, n, e, expectDir, np);
      if (problem) {
        failed++;
        console.log(`FAIL guide program ${n} (line ${p.line}) run -p ${np}: ${problem}`);
      } else {
        passed++;
      }
    }
  }
  await eng.close();
  rmSync(dir, { recursive: true, force: true });
  if (progs.length !== 14) {
    console.log(`expected the guide's 14 complete programs, found ${progs.length}`);
    failed++;
  }
  for (const s of skipped) console.log(`skip ${s}`);
  console.log(`${passed} passed, ${failed} failed, ${skipped.length} skipped`);
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(await main());
