// build.mjs - configures and builds CMake presets, and the web site.
//
//   node scripts/build.mjs [preset ...] [--target T ...]
//
// With no preset, builds native, wasm-threads, wasm-single, then web.
// `web` is the playground page (web/ -> web/dist, with Vite); it only runs
// Vite and copies the wasm builds that are there, it never runs CMake.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';

export const ALL_PRESETS = ['native', 'wasm-threads', 'wasm-single'];
export const ALL_STEPS = [...ALL_PRESETS, 'web'];

const env = { ...process.env, NODE_PATH: '/usr/share/nodejs' };

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env, ...opts });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed with status ${r.status}`);
  }
}

// The static site in web/dist (web/vite.config.ts copies the runner, the
// engines and the examples into it).
export function buildWeb() {
  console.log('build: web');
  sh(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', 'web']);
}

export function build(preset, targets = []) {
  if (preset === 'web') return buildWeb();
  const dir = `build/${preset}`;
  if (!existsSync(`${dir}/CMakeCache.txt`)) {
    console.log(`build: configuring ${preset}`);
    sh('cmake', ['--preset', preset], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  console.log(`build: ${preset}${targets.length ? ' (' + targets.join(', ') + ')' : ''}`);
  const args = ['--build', dir, '-j', String(Math.max(2, cpus().length))];
  for (const t of targets) args.push('--target', t);
  sh('cmake', args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const presets = [];
  const targets = [];
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--target') targets.push(argv[++i]);
    else presets.push(argv[i]);
  }
  for (const p of presets.length ? presets : ALL_STEPS) build(p, p === 'web' ? [] : targets);
}
