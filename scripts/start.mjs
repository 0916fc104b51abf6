// start.mjs - what `npm start` does until the web playground exists: tells
// what was built and how to run it.
import { existsSync } from 'node:fs';

const built = [
  ['build/native/runtime/examples/pipeline', 'a three-stage pipeline on the C++ API'],
  ['build/native/runtime/examples/worker_pool', 'a worker pool with results and a WaitGroup'],
].filter(([p]) => existsSync(p));

console.log('gopark: built the native runtime, the interpreter and the C++ examples.');
console.log('The browser playground is not built yet; run a Go program with the command:\n');
if (existsSync('build/native/gopark'))
  console.log('  build/native/gopark run [-faketime] [-seed N] prog.go    # e.g. tests/go/conc/select_chooses_randomly.go');
for (const [path, what] of built) console.log(`  ./${path}    # ${what}`);
console.log('\nTests: npm test    Benchmarks: npm run bench');
