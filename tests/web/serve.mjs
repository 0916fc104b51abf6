// serve.mjs - a static file server for browser tests: files under a root
// directory, with or without the headers that make a page cross-origin
// isolated (COOP/COEP, needed for SharedArrayBuffer and so for the
// threaded build).
//
//   const s = await serve({ root, isolated: true });  // s.url, s.close()
//
// cors: true adds Access-Control-Allow-Origin: * and
// Cross-Origin-Resource-Policy: cross-origin, so pages of other origins may
// load the files (embed.js, docs/embedding.md).
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.go': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

// The playground's Content-Security-Policy (csp: true; scripts/start.mjs
// sends it, and the page's browser tests run under it). Scripts only from
// the site - no inline script, no eval; 'wasm-unsafe-eval' lets the engine
// compile its WebAssembly; blob: workers are how embed.js starts the runner
// from another origin. Styles may be inline (Monaco and xterm.js set them).
// fetch() goes to the site, or over https for net/http's hook (the
// program's only way out, docs/runner.md). No plugins, no <base>.
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' https:",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

export function serve({ root, isolated = false, port = 0, cors = false, csp = false }) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = join(base, path);
    let st = null;
    try {
      st = file.startsWith(base) ? statSync(file) : null;
    } catch {
      st = null;
    }
    let target = file;
    if (st && st.isDirectory()) {
      target = join(file, 'index.html');
      try {
        st = statSync(target);
      } catch {
        st = null;
      }
    }
    if (!st || !st.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found\n');
      return;
    }
    const headers = { 'Content-Type': types[extname(target)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    if (isolated) {
      headers['Cross-Origin-Opener-Policy'] = 'same-origin';
      headers['Cross-Origin-Embedder-Policy'] = 'require-corp';
    }
    if (csp) headers['Content-Security-Policy'] = CSP;
    if (cors) {
      headers['Access-Control-Allow-Origin'] = '*';
      headers['Cross-Origin-Resource-Policy'] = 'cross-origin';
    }
    res.writeHead(200, headers);
    createReadStream(target).pipe(res);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done({
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
  })));
}
