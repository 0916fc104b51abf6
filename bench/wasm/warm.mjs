// warm.mjs - the run time of a Go program on a wasm build of gopark, once
// the engine is started and warmed up, as the playground runs it in a page.
//
//   node bench/wasm/warm.mjs [--single] [-p N] [other gopark run flags] prog.go
//
// Starts a runner (wasm/client.mjs, the protocol wasm/run.mjs and the page
// use) with warmUp: the runner compiles and runs a small program a few
// times before it is ready, as it does in the browser, so V8 has compiled
// and optimized the engine's hot code. Then runs prog.go once and prints
// `RESULT <seconds> s`, the time from the run request to its exit message
// (compiling the program and running it). The program's output is dropped;
// a run that does not exit 0 is an error (exit status 1).
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { Runner, nodeWorker, parseRunFlags } = await import(pathToFileURL(path.join(root, 'wasm', 'client.mjs')).href);

const argv = process.argv.slice(2);
let build = 'threads';
if (argv[0] === '--single') {
  build = 'single';
  argv.shift();
}
const parsed = parseRunFlags(argv);
if (parsed.error) {
  process.stderr.write(parsed.error + '\n');
  process.exit(2);
}
const source = fs.readFileSync(parsed.file, 'utf8');
const runner = new Runner(nodeWorker(build, { warmUp: true }));
const t0 = performance.now();
await runner.ready();
const t1 = performance.now();
const exit = await runner.run(
  { ...parsed.opts, source, filename: parsed.file, args: parsed.args, stdin: '' },
  { output: () => {} },
);
const t2 = performance.now();
await runner.close();
process.stderr.write(`warm.mjs: ready after ${((t1 - t0) / 1000).toFixed(3)} s\n`);
if (exit.status !== 0) {
  process.stderr.write(`warm.mjs: ${parsed.file}: exit status ${exit.status}${exit.message ? ': ' + exit.message : ''}\n`);
  process.exit(1);
}
process.stdout.write(`RESULT ${((t2 - t1) / 1000).toFixed(6)} s\n`);
