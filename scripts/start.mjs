// start.mjs - what `npm start` does until the web playground exists: tells
// what was built and how to run it.
import { existsSync } from 'node:fs';

const built = [
  ['build/native/runtime/examples/pipeline', 'a three-stage pipeline on the C++ API'],
  ['build/native/runtime/examples/worker_pool', 'a worker pool with results and a WaitGroup'],
].filter(([p]) => existsSync(p));

console.log('gopark: built the native runtime and its C++ examples.');
console.log('The browser playground is not built yet; run an example instead:\n');
for (const [path, what] of built) console.log(`  ./${path}    # ${what}`);
console.log('\nTests: npm test    Benchmarks: npm run bench');
