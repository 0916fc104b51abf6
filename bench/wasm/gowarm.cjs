// gowarm.cjs - the run time of a Go js/wasm binary once its code is warm,
// the peer of warm.mjs.
//
//   node bench/wasm/gowarm.cjs path/to/wasm_exec.js prog.wasm
//
// V8 compiles a wasm module lazily and optimizes its hot functions later,
// and that code belongs to the module, shared by its instances. So this
// compiles prog.wasm once, runs one instance untimed, then a second one
// timed, and prints `RESULT <seconds> s` (from go.run to the program's
// exit). GOMAXPROCS and the rest of the environment pass through. A run
// that does not exit 0 is an error (exit status 1).
'use strict';
const fs = require('node:fs');
require('./gorun.cjs').loadGo(process.argv[2]);

async function runOnce(mod) {
  const go = new globalThis.Go();
  go.argv = [process.argv[3]];
  go.env = { ...process.env };
  let status = 0;
  go.exit = (code) => {
    status = code;
  };
  const instance = await WebAssembly.instantiate(mod, go.importObject);
  const t0 = performance.now();
  await go.run(instance);
  const s = (performance.now() - t0) / 1000;
  if (status !== 0) throw new Error(`${process.argv[3]}: exit status ${status}`);
  return s;
}

(async () => {
  const mod = await WebAssembly.compile(fs.readFileSync(process.argv[3]));
  await runOnce(mod);
  const s = await runOnce(mod);
  process.stdout.write(`RESULT ${s.toFixed(6)} s\n`);
})().catch((e) => {
  process.stderr.write(`gowarm.cjs: ${e && e.message ? e.message : e}\n`);
  process.exit(1);
});
