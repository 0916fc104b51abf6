// Vite config for the playground page (web/). `vite build` here writes a
// static site to web/dist: the bundled page plus, copied by the plugin
// below, the runner worker, both engine builds and the examples. Every path
// in the site is relative, so it works under any base path.
import { defineConfig, type Plugin } from 'vite';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');

// [file in the repo, path in the site]
function siteFiles(): Array<[string, string]> {
  const files: Array<[string, string]> = [['wasm/runner.cjs', 'runner.js']];
  for (const f of ['gopark-engine.js', 'gopark-engine.wasm', 'gopark-engine.worker.js'])
    files.push([`build/wasm-threads/wasm/${f}`, `engine/threads/${f}`]);
  for (const f of ['gopark-engine.js', 'gopark-engine.wasm'])
    files.push([`build/wasm-single/wasm/${f}`, `engine/single/${f}`]);
  const ex = join(repo, 'examples');
  if (existsSync(ex)) {
    for (const f of readdirSync(ex).sort()) {
      if (f.endsWith('.go') || f === 'manifest.json') files.push([`examples/${f}`, `examples/${f}`]);
    }
  }
  return files;
}

function goparkSite(): Plugin {
  return {
    name: 'gopark-site-files',
    // Dev server: the same files at the same paths, and cross-origin
    // isolation so the threaded build runs.
    configureServer(server) {
      const map = new Map(siteFiles().map(([from, to]) => ['/' + to, join(repo, from)]));
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split(/[?#]/)[0];
        const file = map.get(path);
        if (!file || !existsSync(file)) return next();
        const type = file.endsWith('.wasm') ? 'application/wasm'
          : file.endsWith('.json') ? 'application/json'
          : file.endsWith('.go') ? 'text/plain; charset=utf-8' : 'text/javascript; charset=utf-8';
        res.setHeader('Content-Type', type);
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const [from, to] of siteFiles()) {
        const file = join(repo, from);
        if (!existsSync(file)) {
          this.error(`${from} is missing: build the wasm presets first (node scripts/build.mjs wasm-threads wasm-single)`);
        }
        this.emitFile({ type: 'asset', fileName: to, source: readFileSync(file) });
      }
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  plugins: [goparkSite()],
  server: {
    port: 8080,
    headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
    fs: { allow: [repo] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: false,
    rollupOptions: {
      // The playground, and embed.js (docs/embedding.md) at a fixed name so
      // documentation pages can include it.
      input: {
        main: resolve(here, 'index.html'),
        embed: resolve(here, 'src/embed/embed.ts'),
      },
      output: {
        entryFileNames: (chunk) => chunk.name === 'embed' ? 'embed.js' : 'assets/[name]-[hash].js',
      },
      preserveEntrySignatures: 'allow-extension',
    },
  },
  worker: { format: 'es' },
});
