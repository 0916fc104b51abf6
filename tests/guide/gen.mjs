// gen.mjs - regenerates the expected outputs of the guide's programs whose
// kind in expect.json is exact or lines, by running them with Debian's Go
// 1.22 (the reference). Run by hand when the guide or an entry changes:
//
//   node tests/guide/gen.mjs [--go PATH]
//
// Writes tests/guide/NN.txt (combined stdout and stderr). Sleeps in the
// programs are real under Go, so this takes a while.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { completePrograms } from '../guide.mjs';

const here = resolve(new URL('.', import.meta.url).pathname);
const args = process.argv.slice(2);
let go = '/usr/lib/go-1.22/bin/go';
for (let i = 0; i < args.length; i++) if (args[i] === '--go') go = args[++i];
const guide = resolve(here, '../../../shared/seeds/go-concurrency-guide.md');
const progs = completePrograms(readFileSync(guide, 'utf8'));
const { programs } = JSON.parse(readFileSync(join(here, 'expect.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'gopark-guide-gen-'));
for (const [n, e] of Object.entries(programs)) {
  if (e.kind !== 'exact' && e.kind !== 'lines') continue;
  const p = progs[Number(n) - 1];
  const file = join(dir, `prog${n}.go`);
  writeFileSync(file, p.src);
  const r = spawnSync('sh', ['-c', 'exec "$0" run "$1" 2>&1', go, file], { encoding: 'utf8', cwd: dir });
  writeFileSync(join(here, `${String(n).padStart(2, '0')}.txt`), r.stdout);
  console.log(`program ${n} (guide line ${p.line}): exit ${r.status}, ${r.stdout.length} bytes`);
}
rmSync(dir, { recursive: true, force: true });
