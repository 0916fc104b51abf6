#!/usr/bin/env node
// gen.mjs - regenerates tests/go/fmt/fmt_table.go from tests/fmt-table/table.go:
// the same program followed by an `// Output:` block holding what Go 1.22
// prints for it. Never edit the generated block by hand; rerun this.
//
//   node tests/fmt-table/gen.mjs [GO_BINARY]
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const goBin = process.argv[2] || '/usr/lib/go-1.22/bin/go';
const src = join(here, 'table.go');
const out = join(root, 'tests', 'go', 'fmt', 'fmt_table.go');

const r = spawnSync(goBin, ['run', src], { encoding: 'utf8', maxBuffer: 64 << 20 });
if (r.error) throw r.error;
if (r.status !== 0) {
  process.stderr.write(r.stderr);
  process.exit(1);
}
const program = readFileSync(src, 'utf8').replace(/\n+$/, '\n');
const lines = r.stdout.replace(/\n$/, '').split('\n');
// The test runner strips "// " (or "//") from each line.
const block = lines.map((l) => (l === '' ? '//' : `// ${l}`)).join('\n');
writeFileSync(out, `${program}\n// Output:\n${block}\n`);
console.log(`wrote ${out}: ${lines.length} lines of output`);
