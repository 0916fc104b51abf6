// cli.mjs - wasm/run.mjs is `gopark run` on a wasm build: for each case,
// the same combined output, the same exit status, the same -snapshot file
// and the same -trace events (but for their clock readings) as
// build/native/gopark run (a compile error, a panic, os.Exit(3),
// a deadlock, arguments, standard input piped in, a bad flag).
//
//   node tests/wasm/cli.mjs threads|single [--gopark PATH]
//
// Prints one line per failure and "N passed, N failed, 0 skipped".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const build = process.argv[2] ?? 'threads';
const gi = process.argv.indexOf('--gopark');
const gopark = gi > 0 ? resolve(process.argv[gi + 1]) : join(root, 'build/native/gopark');
const dir = mkdtempSync(join(tmpdir(), 'gopark-cli-'));

const programs = {
  'compile error': 'package main\n\nfunc main() {\n\tx := 1\n}\n',
  panic: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("before")\n\tvar m map[string]int\n\tm["a"] = 1\n}\n',
  'os.Exit(3)': 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Println("bye")\n\tos.Exit(3)\n}\n',
  deadlock: 'package main\n\nfunc main() {\n\tc := make(chan int)\n\tgo func() { c <- 1; c <- 2 }()\n\t<-c\n\tselect {}\n}\n',
  'args and stdin': `package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), os.Args[1:])
	s := bufio.NewScanner(os.Stdin)
	n := 0
	for s.Scan() {
		n++
		fmt.Println(n, s.Text())
	}
	println("lines:", n)
}
`,
};

function sh(cmd, args, input) {
  const r = spawnSync('sh', ['-c', `exec "$@" 2>&1`, 'sh', cmd, ...args], { input, encoding: 'utf8', timeout: 60000 });
  return { status: r.status, out: r.stdout };
}

let passed = 0, failed = 0;
for (const [name, src] of Object.entries(programs)) {
  const file = join(dir, 'prog.go');
  writeFileSync(file, src);
  const args = ['-p', '1', '-seed', '7', '-faketime', '-snapshot', join(dir, 'SNAP'), '-trace', join(dir, 'TRACE'),
    file, 'one', 'two words'];
  const input = 'first line\nsecond line\n';
  const named = (who) => args.map((a) => a.replace('SNAP', `${who}.json`).replace('TRACE', `${who}.trace`));
  const n = sh(gopark, ['run', ...named('native')], input);
  const w = sh('node', [join(root, 'wasm/run.mjs'), ...(build === 'single' ? ['--single'] : []), ...named('wasm')], input);
  const problems = [];
  if (n.status !== w.status) problems.push(`status ${w.status}, native ${n.status}`);
  if (n.out !== w.out) problems.push(`output:\n${w.out}--- native:\n${n.out}`);
  if (name !== 'compile error') {
    const a = readFileSync(join(dir, 'native.json'), 'utf8');
    const b = readFileSync(join(dir, 'wasm.json'), 'utf8');
    // The snapshot's clock reading is the only field allowed to differ.
    const strip = (s) => s.replace(/"time":\d+/, '');
    if (strip(a) !== strip(b)) problems.push(`snapshot differs:\n${b}\n--- native:\n${a}`);
    const events = (who) => JSON.stringify(JSON.parse(readFileSync(join(dir, `${who}.trace`), 'utf8'))
      .events.map(({ ts, ...rest }) => rest));
    if (events('native') !== events('wasm')) problems.push(`trace differs:\n${events('wasm')}\n--- native:\n${events('native')}`);
  }
  if (problems.length) {
    failed++;
    console.log(`FAIL ${build}: ${name}\n  ${problems.join('\n  ')}`);
  } else {
    passed++;
  }
}
{
  const n = sh(gopark, ['run', '-p', '0', 'x.go']);
  const w = sh('node', [join(root, 'wasm/run.mjs'), ...(build === 'single' ? ['--single'] : []), '-p', '0', 'x.go']);
  if (n.status === w.status && n.out === w.out) passed++;
  else {
    failed++;
    console.log(`FAIL ${build}: bad flag\n  got ${w.status} ${JSON.stringify(w.out)}, native ${n.status} ${JSON.stringify(n.out)}`);
  }
}
rmSync(dir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed, 0 skipped`);
process.exit(failed ? 1 : 0);
