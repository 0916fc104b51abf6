// corpus.mjs - type-checks Go's own test programs, read in place from
// $(go env GOROOT)/test (Debian's golang-go), against the lists of files
// known to pass:
//
//   tests/corpus/check-clean.txt   `// run` and `// compile` programs that
//                                  must check with no diagnostic
//   tests/corpus/errorcheck.txt    `// errorcheck` programs: every line
//                                  marked `// ERROR` must get a diagnostic
//                                  and no unmarked line may get one
//
//   node tests/corpus.mjs [--gopark PATH]        check the listed files
//   node tests/corpus.mjs --discover [--write]   try every candidate in the
//       areas below and print (or, with --write, add to the lists) the ones
//       that pass; the lists only grow.
//
// Areas: chan/, ken/, typeparam/ and the top-level files about channels,
// select, closures, defer, methods, interfaces and generics.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { errorPatterns } from './errorcheck.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
let gopark = join(root, 'build/native/gopark');
let discover = false, write = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--gopark') gopark = args[++i];
  else if (args[i] === '--discover') discover = true;
  else if (args[i] === '--write') write = true;
}

const goroot = spawnSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).stdout?.trim();
const testDir = goroot ? join(goroot, 'test') : '';
if (!testDir || !existsSync(testDir)) {
  console.log(`Go's test directory not found (go env GOROOT: ${goroot || 'no go'})`);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

const lists = {
  clean: join(root, 'tests/corpus/check-clean.txt'),
  errorcheck: join(root, 'tests/corpus/errorcheck.txt'),
};

function readList(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

// The file's directive: 'clean' for run/compile programs, 'errorcheck' for
// plain errorcheck files (not those checking optimizer output with flags
// such as -m or -d=...), null otherwise.
function kind(src) {
  const first = src.split('\n', 1)[0].trim();
  if (/^\/\/ (run|compile)(\s|$)/.test(first)) return 'clean';
  if (/^\/\/ errorcheck\s*$/.test(first) || /^\/\/ errorcheck -lang=go1\.\d+\s*$/.test(first)) return 'errorcheck';
  return null;
}

function vet(file) {
  const r = spawnSync(gopark, ['vet', '-json', file], { encoding: 'utf8', timeout: 30000 });
  if (r.error || r.status === null) return { crashed: true, diags: [] };
  let diags = [];
  try {
    diags = JSON.parse(r.stdout);
  } catch {
    return { crashed: true, diags: [] };
  }
  return { crashed: r.status !== 0 && r.status !== 1, diags };
}

function check(rel) {
  const file = join(testDir, rel);
  if (!existsSync(file)) return `missing ${file}`;
  const src = readFileSync(file, 'utf8');
  const k = kind(src);
  const { crashed, diags } = vet(file);
  if (crashed) return 'gopark crashed';
  if (k === 'clean') {
    return diags.length === 0 ? null : diags.slice(0, 3).map((d) => `${d.line}:${d.col}: ${d.message}`).join('; ');
  }
  if (k === 'errorcheck') {
    const marked = new Set();
    src.split('\n').forEach((l, i) => {
      if (errorPatterns(l) !== null) marked.add(i + 1);
    });
    const got = new Set(diags.map((d) => d.line));
    const missing = [...marked].filter((l) => !got.has(l));
    const extra = diags.filter((d) => !marked.has(d.line));
    if (missing.length) return `no error on line(s) ${missing.slice(0, 5).join(', ')}`;
    if (extra.length) return `unexpected: ${extra.slice(0, 2).map((d) => `${d.line}: ${d.message}`).join('; ')}`;
    return null;
  }
  return 'not a run/compile/errorcheck file';
}

function candidates() {
  const out = [];
  const topic =
    /^(chan|select|closure|defer|method|interface|iface|typeparam|func|escape|assign|blank|const|convert|ddd|decl|goto|label|switch|typeswitch|shift|init|undef|rename|range|varerr|import|struct|embed|recover|return|nil|map|append|cmp|complit|string)/;
  for (const dir of ['chan', 'ken', 'typeparam']) {
    for (const f of readdirSync(join(testDir, dir)).sort()) if (f.endsWith('.go')) out.push(`${dir}/${f}`);
  }
  for (const f of readdirSync(testDir).sort()) {
    if (f.endsWith('.go') && topic.test(f)) out.push(f);
  }
  return out.filter((rel) => kind(readFileSync(join(testDir, rel), 'utf8')) !== null);
}

if (discover) {
  const have = { clean: new Set(readList(lists.clean)), errorcheck: new Set(readList(lists.errorcheck)) };
  const found = { clean: [], errorcheck: [] };
  let tried = 0;
  for (const rel of candidates()) {
    tried++;
    const k = kind(readFileSync(join(testDir, rel), 'utf8'));
    const why = check(rel);
    if (why === null) found[k].push(rel);
    else if (have[k].has(rel)) console.log(`REGRESSION ${rel}: ${why}`);
  }
  for (const k of ['clean', 'errorcheck']) {
    const fresh = found[k].filter((r) => !have[k].has(r));
    console.log(`${k}: ${found[k].length} pass of the candidates (${fresh.length} not yet listed)`);
    for (const r of fresh) console.log(`  + ${r}`);
    if (write && fresh.length) {
      const header = readFileSync(lists[k], 'utf8').split('\n').filter((l) => l.startsWith('#'));
      const all = [...new Set([...readList(lists[k]), ...found[k]])].sort();
      writeFileSync(lists[k], [...header, ...all].join('\n') + '\n');
    }
  }
  console.log(`${tried} candidates tried`);
  process.exit(0);
}

let passed = 0, failed = 0;
for (const k of ['clean', 'errorcheck']) {
  let n = 0;
  for (const rel of readList(lists[k])) {
    const why = check(rel);
    if (why === null) {
      passed++;
      n++;
    } else {
      failed++;
      console.log(`FAIL ${rel}: ${why}`);
    }
  }
  console.log(`corpus ${k}: ${n} files pass`);
}
console.log(`${passed} passed, ${failed} failed, 0 skipped`);
process.exit(failed ? 1 : 0);
