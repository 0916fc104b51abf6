// guide.mjs - the complete programs of the Go concurrency guide must check
// clean. The guide is read in place (../shared/seeds, beside the
// repository) and never copied into the repo.
//
//   node tests/guide.mjs [--gopark PATH] [--guide PATH]
//
// A complete program is a ```go block containing "package main". Each is
// written to a temporary file and vetted; prints "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
let gopark = join(root, 'build/native/gopark');
let guide = resolve(root, '../shared/seeds/go-concurrency-guide.md');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--gopark') gopark = args[++i];
  else if (args[i] === '--guide') guide = args[++i];
}
if (!existsSync(guide)) {
  console.log(`guide not found at ${guide}`);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

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

const progs = completePrograms(readFileSync(guide, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'gopark-guide-'));
let passed = 0, failed = 0;
for (const p of progs) {
  const file = join(dir, `guide_line${p.line}.go`);
  writeFileSync(file, p.src);
  const r = spawnSync(gopark, ['vet', file], { encoding: 'utf8' });
  const out = (r.stdout + r.stderr).trim();
  // One program of the guide (Cancellation) omits its import declaration;
  // Go rejects it with "undefined: fmt", and so must we. Every other
  // program must check clean.
  const noImports = !/^import\b/m.test(p.src) && /\bfmt\./.test(p.src);
  const ok = noImports ? r.status === 1 && /: undefined: fmt$/m.test(out) : r.status === 0;
  if (ok) passed++;
  else {
    failed++;
    console.log(`FAIL guide program at line ${p.line}:\n${out}`);
  }
}
rmSync(dir, { recursive: true, force: true });
if (progs.length !== 14) {
  console.log(`expected the guide's 14 complete programs, found ${progs.length}`);
  failed++;
}
console.log(`${passed} passed, ${failed} failed, 0 skipped`);
process.exit(failed ? 1 : 0);
