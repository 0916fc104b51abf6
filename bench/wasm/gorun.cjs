// gorun.cjs - runs a Go js/wasm binary once under Node, the cold peer of
// `node wasm/run.mjs` (the harness times the whole process).
//
//   node bench/wasm/gorun.cjs path/to/wasm_exec.js prog.wasm
//
// Go ships wasm_exec_node.js for this, but the one in Debian's Go 1.19
// assigns globalThis.crypto, which Node 20 makes a getter: it throws before
// the program starts. So this provides what wasm_exec.js expects only where
// Node lacks it (also used by gowarm.cjs). Exits with the program's status;
// the environment passes through.
'use strict';
const fs = require('node:fs');

// What wasm_exec.js needs on globalThis, then wasm_exec.js itself (which
// defines globalThis.Go).
function loadGo(wasmExec) {
  globalThis.require = require;
  globalThis.fs = fs;
  globalThis.TextEncoder ??= require('node:util').TextEncoder;
  globalThis.TextDecoder ??= require('node:util').TextDecoder;
  globalThis.performance ??= require('node:perf_hooks').performance;
  globalThis.crypto ??= require('node:crypto').webcrypto;
  require(wasmExec);
}
module.exports = { loadGo };

if (require.main === module) {
  loadGo(process.argv[2]);
  const go = new globalThis.Go();
  go.argv = [process.argv[3]];
  go.env = { ...process.env };
  go.exit = (code) => process.exit(code);
  WebAssembly.instantiate(fs.readFileSync(process.argv[3]), go.importObject)
    .then(({ instance }) => go.run(instance))
    .catch((e) => {
      process.stderr.write(`gorun.cjs: ${e && e.message ? e.message : e}\n`);
      process.exit(1);
    });
}
