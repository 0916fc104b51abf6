// corpus-run.mjs - runs Go's own `// run` test programs, read in place from
// $(go env GOROOT)/test (Debian's golang-go), with `gopark run`, against
// the list of those known to pass:
//
//   tests/corpus/run.txt   one path per line, relative to GOROOT/test
//
// A program passes as it does under Go's test driver (test/run.go): exit
// status 0, and its combined stdout and stderr equal to the .out file next
// to it, or empty when there is none.
//
//   node tests/corpus-run.mjs [--gopark PATH] [--engine E] [--timeout S]   run the listed
//       files (engine: native, wasm-threads or wasm-single; see engine.mjs)
//   node tests/corpus-run.mjs --discover [--write]   try every candidate (all
//       single-file `// run` programs at the top level of GOROOT/test and in
//       ken/, chan/, interface/, typeparam/ and fixedbugs/) and print (or,
//       with --write, add to the list) those that pass; the list only grows.
//
// Each program gets 30 s (--timeout); two run at a time (the CI machine has two cores).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { engine as makeEngine } from './engine.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
let gopark = join(root, 'build/native/gopark');
let discover = false, write = false, kind = 'native';
let timeout = 30;  // seconds per program: divmod.go alone takes 4-5 s, more on a busy machine
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--gopark') gopark = resolve(args[++i]);
  else if (args[i] === '--timeout') timeout = Number(args[++i]);
  else if (args[i] === '--discover') discover = true;
  else if (args[i] === '--write') write = true;
  else if (args[i] === '--engine') kind = args[++i];
}

const goroot = spawnSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).stdout?.trim();
const testDir = goroot ? join(goroot, 'test') : '';
if (!testDir || !existsSync(testDir)) {
  console.log(`Go's test directory not found (go env GOROOT: ${goroot || 'no go'})`);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}
const listFile = join(root, 'tests/corpus/run.txt');

function readList() {
  if (!existsSync(listFile)) return [];
  return readFileSync(listFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

const eng = makeEngine(kind, { gopark });

// Runs one program; resolves to null (pass) or why it failed.
async function runOne(rel) {
  const file = join(testDir, rel);
  if (!existsSync(file)) return `missing ${file}`;
  const outFile = file.replace(/\.go$/, '.out');
  const want = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
  // GOROOT/test as the working directory, like Go's driver (run.go runs
  // `// run` programs where it runs itself, not in their directory).
  const r = await eng.run(file, { cwd: testDir, timeoutMs: timeout * 1000 });
  const out = r.output;
  if (r.error) return `killed after ${timeout} s`;
  if (r.status !== 0) return `exit status ${r.status}: ${out.split('\n')[0].slice(0, 160)}`;
  if (out !== want) {
    const a = out.split('\n'), b = want.split('\n');
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return `output differs at line ${i + 1}: got ${JSON.stringify(a[i] ?? '')}, want ${JSON.stringify(b[i] ?? '')}`;
  }
  return null;
}

async function runAll(rels) {
  const results = new Map();
  let next = 0;
  async function worker() {
    while (next < rels.length) {
      const rel = rels[next++];
      results.set(rel, await runOne(rel));
    }
  }
  await Promise.all([worker(), worker()]);
  await eng.close();
  return results;
}

// Packages the interpreter has a library for; discovery skips programs
// importing anything else without running them (they could only fail, and
// fixedbugs/ alone has hundreds of them).
const libraries = new Set([
  'fmt', 'os', 'strings', 'strconv', 'errors', 'sort', 'math', 'unicode/utf8', 'sync', 'time', 'runtime',
  'bufio', 'bytes', 'cmp', 'context', 'io', 'log', 'maps', 'math/bits', 'math/rand', 'net/url', 'slices',
  'sync/atomic', 'text/tabwriter', 'unicode',
]);

function imports(src) {
  const out = [];
  for (const m of src.matchAll(/^import\s*\(([\s\S]*?)^\)/gm)) for (const p of m[1].matchAll(/"([^"]+)"/g)) out.push(p[1]);
  for (const m of src.matchAll(/^import\s+(?:[\w.]+\s+)?"([^"]+)"/gm)) out.push(m[1]);
  return out;
}

// Single-file `// run` programs (no flags, no companion directory) that
// import only packages we have.
function candidates() {
  const out = [];
  let skipped = 0;
  for (const dir of ['', 'ken', 'chan', 'interface', 'typeparam', 'fixedbugs']) {
    const d = join(testDir, dir);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) {
      if (!f.endsWith('.go')) continue;
      const rel = dir ? `${dir}/${f}` : f;
      const src = readFileSync(join(testDir, rel), 'utf8');
      if (src.split('\n', 1)[0].trim() !== '// run') continue;
      if (imports(src).every((p) => libraries.has(p))) out.push(rel);
      else skipped++;
    }
  }
  console.log(`${out.length} candidates (${skipped} skipped for packages we have no library for)`);
  return out;
}

if (discover) {
  const have = new Set(readList());
  const rels = candidates();
  const results = await runAll(rels);
  const found = rels.filter((r) => results.get(r) === null);
  for (const r of rels) if (have.has(r) && results.get(r) !== null) console.log(`REGRESSION ${r}: ${results.get(r)}`);
  const fresh = found.filter((r) => !have.has(r));
  console.log(`${found.length} of ${rels.length} candidates pass (${fresh.length} not yet listed)`);
  for (const r of fresh) console.log(`  + ${r}`);
  if (write && fresh.length) {
    const header = existsSync(listFile) ? readFileSync(listFile, 'utf8').split('\n').filter((l) => l.startsWith('#')) : [];
    writeFileSync(listFile, [...header, ...[...new Set([...have, ...found])].sort()].join('\n') + '\n');
  }
  process.exit(0);
}

const rels = readList();
const results = await runAll(rels);
let passed = 0, failed = 0;
for (const rel of rels) {
  const why = results.get(rel);
  if (why === null) passed++;
  else {
    failed++;
    console.log(`FAIL ${rel}: ${why}`);
  }
}
console.log(`corpus run: ${passed} programs pass`);
console.log(`${passed} passed, ${failed} failed, 0 skipped`);
process.exit(failed ? 1 : 0);
