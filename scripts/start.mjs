// start.mjs - serves the built playground (web/dist) on http://localhost:8080
// with the COOP/COEP headers that make the page cross-origin isolated, so
// programs run on the threaded build. `npm start` builds everything first;
// `node scripts/start.mjs` alone serves what is built.
//
//   node scripts/start.mjs [--port N]
import { existsSync } from 'node:fs';
import { serve } from '../tests/web/serve.mjs';

const root = new URL('../web/dist/', import.meta.url).pathname;
const i = process.argv.indexOf('--port');
const port = i > 0 ? Number(process.argv[i + 1]) : 8080;

if (!existsSync(`${root}index.html`)) {
  console.error('start: web/dist is not built; run `npm run build` (or `node scripts/build.mjs web`) first');
  process.exit(1);
}
const s = await serve({ root, isolated: true, port, csp: true });
console.log(`gopark playground: http://localhost:${port}/  (serving web/dist, cross-origin isolated; Ctrl+C stops)`);
void s;
