// build.mjs - configures and builds CMake presets.
//
//   node scripts/build.mjs [preset ...] [--target T ...]
//
// With no preset, builds native, wasm-threads and wasm-single.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';

export const ALL_PRESETS = ['native', 'wasm-threads', 'wasm-single'];

const env = { ...process.env, NODE_PATH: '/usr/share/nodejs' };

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env, ...opts });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed with status ${r.status}`);
  }
}

export function build(preset, targets = []) {
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
  for (const p of presets.length ? presets : ALL_PRESETS) build(p, targets);
}
