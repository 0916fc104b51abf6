// web.mjs - how the playground page (web/dist) feels, in Chromium:
//   load     navigation start -> Run enabled with the runner ready (target <= 2 s)
//   first    Run click -> the first output on screen, hello world, warm runner (<= 100 ms)
//   fps      frames drawn while a program prints 100,000 lines (>= 30 fps)
// Not part of bench/run.mjs. Build the site first (node scripts/build.mjs web).
//
//   node bench/web.mjs [--single]   (--single: served without COOP/COEP)
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from '../tests/web/serve.mjs';

const dist = resolve(new URL('../web/dist', import.meta.url).pathname);
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error('web/dist is not built: node scripts/build.mjs web');
  process.exit(1);
}
const single = process.argv.includes('--single');
const server = await serve({ root: dist, isolated: !single });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
browser.on('disconnected', () => console.error('browser disconnected'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function openPage(hash = '') {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await ctx.newPage();
  page.goto(`${server.url}/${hash}`);
  page.on('crash', () => console.error('page crashed'));
  page.on('console', (m) => { if (m.type() === 'error') console.error('console', m.text()); });
  page.on('pageerror', (e) => console.error('pageerror', e.message));
  await page.waitForFunction(() => window.__gopark?.readyAt() >= 0, null, { timeout: 60000 });
  return { ctx, page };
}

// A share-link fragment for a program, so the benchmark does not type.
async function fragment(source) {
  const bytes = new TextEncoder().encode(source);
  const packed = Buffer.from(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
  return `#code=${packed.toString('base64url')}`;
}

const loads = [];
for (let i = 0; i < 3; i++) {
  const { ctx, page } = await openPage();
  loads.push(await page.evaluate(() => window.__gopark.readyAt()));
  await ctx.close();
}

const { ctx, page } = await openPage(await fragment('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n'));
const firsts = [];
for (let i = 0; i < 6; i++) {
  const ms = await page.evaluate(() => new Promise((done) => {
    const t0 = performance.now();
    document.getElementById('run').click();
    const poll = () => {
      if (window.__gopark.consoleText().includes('hello, world')) done(performance.now() - t0);
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }));
  await page.waitForFunction(() => !window.__gopark.isRunning());
  if (i > 0) firsts.push(ms);  // the first run warms the runner
}

await ctx.close();
const { ctx: ctx2, page: page2 } = await openPage(await fragment('package main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := 0; i < 100000; i++ {\n\t\tfmt.Println("line", i, "of a program that prints a lot")\n\t}\n}\n'));
const flood = await page2.evaluate(() => new Promise((done) => {
  let frames = 0;
  const t0 = performance.now();
  document.getElementById('run').click();
  const tick = () => {
    frames++;
    if (!window.__gopark.isRunning()) {
      const secs = (performance.now() - t0) / 1000;
      const text = window.__gopark.consoleText();
      done({ frames, secs, tail: text.slice(text.lastIndexOf('\n', text.length - 20) + 1) });
    } else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})).catch((e) => ({ frames: 0, secs: 1, tail: `the page died: ${e.message.split('\n')[0]}` }));
await ctx2.close();
await browser.close();
await server.close();

const rows = [
  ['page load to interactive', `${median(loads).toFixed(0)} ms`, '<= 2000 ms', median(loads) <= 2000, `runs: ${loads.map((x) => x.toFixed(0)).join(', ')}`],
  ['Run click to first output', `${median(firsts).toFixed(0)} ms`, '<= 100 ms', median(firsts) <= 100, `runs: ${firsts.map((x) => x.toFixed(0)).join(', ')}`],
  ['fps while printing 100k lines', `${(flood.frames / flood.secs).toFixed(0)} fps`, '>= 30 fps', flood.frames / flood.secs >= 30, `${flood.frames} frames in ${flood.secs.toFixed(1)} s; ends ${JSON.stringify(flood.tail)}`],
];
console.log(`playground page, ${single ? 'single-thread build (no COOP/COEP)' : 'threads build (cross-origin isolated)'}`);
console.log(`${'measure'.padEnd(32)}${'median'.padEnd(10)}${'target'.padEnd(12)}${'ok'.padEnd(5)}detail`);
for (const [name, v, target, ok, detail] of rows) {
  console.log(`${name.padEnd(32)}${v.padEnd(10)}${target.padEnd(12)}${(ok ? 'yes' : 'NO').padEnd(5)}${detail}`);
}
