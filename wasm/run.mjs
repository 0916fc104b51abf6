// run.mjs - `gopark run` on a WebAssembly build, under Node.
//
//   node wasm/run.mjs [--single] [--net] [-p N] [-seed S] [-faketime]
//                     [-mem SIZE] [-stack SIZE] [-goroutines N] [-trace FILE]
//                     [-snapshot FILE] prog.go [ARGS...]
//
// Same output and exit status as build/native/gopark run: the program runs
// through the runner protocol (client.mjs -> runner.cjs -> engine), as in
// the browser. --single uses the single-thread build, otherwise the
// threaded one. --net lets net/http reach the network through fetch()
// (without it, as natively, there is no network). Standard input, when it is not a terminal, is read to its
// end first and given to the program.
import { readFileSync, writeFileSync } from 'node:fs';
import { Runner, nodeWorker, parseRunFlags } from './client.mjs';

const argv = process.argv.slice(2);
let build = 'threads';
let network = false;
while (argv[0] === '--single' || argv[0] === '--net') {
  if (argv.shift() === '--single') build = 'single';
  else network = true;
}
const parsed = parseRunFlags(argv);
if (parsed.error) {
  process.stderr.write(parsed.error + '\n');
  process.exit(2);
}
let source;
try {
  source = readFileSync(parsed.file, 'utf8');
} catch {
  process.stderr.write(`gopark: open ${parsed.file}: no such file or directory\n`);
  process.exit(1);
}
let stdin = '';
if (!process.stdin.isTTY) {
  try {
    stdin = readFileSync(0, 'utf8');
  } catch {
    stdin = '';
  }
}
const runner = new Runner(nodeWorker(build));
const events = [];
let dropped = 0;
const exit = await runner.run(
  { ...parsed.opts, source, filename: parsed.file, args: parsed.args, stdin, network },
  {
    output: (fd, bytes) => (fd === 2 ? process.stderr : process.stdout).write(bytes),
    trace: (evs, d) => { events.push(...evs); dropped += d; },
  },
);
if (exit.message) process.stderr.write(`gopark: ${exit.message}\n`);
await runner.close();
let status = exit.status;
function save(path, text) {
  try {
    writeFileSync(path, text);
  } catch {
    process.stderr.write(`gopark: cannot write ${path}\n`);
    status = 2;
  }
}
// The files gopark run writes: {"dropped":N,"events":[...]} and the snapshot.
if (parsed.tracePath && exit.reason !== 'compile') {
  events.push(...(exit.events ?? []));
  save(parsed.tracePath, JSON.stringify({ dropped: dropped + (exit.dropped ?? 0), events }));
}
if (parsed.snapshotPath && exit.reason !== 'compile') save(parsed.snapshotPath, (exit.snapshot ?? '') + '\n');
process.exitCode = status;
