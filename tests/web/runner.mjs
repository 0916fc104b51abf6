// runner.mjs - the runner protocol in a real browser (Debian's Chromium,
// headless, through playwright-core): tests/web/runner.html runs programs
// through wasm/client.mjs and wasm/runner.cjs in a dedicated worker,
//   - on the threaded build in a cross-origin isolated page (COOP/COEP):
//     Ms are nested Web Workers sharing memory;
//   - on the single-thread build in a page without those headers.
// Each checks compile diagnostics, output (UTF-8), GOMAXPROCS 2 with
// snapshot pushes, Go's deadlock message, Stop of `for {}` within 200 ms,
// and a run after the stop. Prints "N passed, N failed, 0 skipped".
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { serve } from './serve.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const only = process.argv[2];  // threads | single | (both)
let passed = 0, failed = 0;

function check(name, problems) {
  if (problems.length) {
    failed++;
    console.log(`FAIL ${name}\n  ${problems.join('\n  ')}`);
  } else {
    passed++;
  }
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
for (const [build, isolated] of [['threads', true], ['single', false]]) {
  if (only && only !== build) continue;
  const server = await serve({ root, isolated });
  const page = await browser.newPage();
  const logs = [];
  page.on('console', (m) => logs.push(m.text()));
  page.on('pageerror', (e) => logs.push(String(e)));
  await page.goto(`${server.url}/tests/web/runner.html?build=${build}`);
  let r;
  try {
    await page.waitForFunction(() => window.results, null, { timeout: 60000 });
    r = await page.evaluate(() => window.results);
  } catch (e) {
    r = { error: `no results: ${e.message}\n${logs.join('\n')}` };
  }
  const p = [];
  if (r.error) p.push(r.error);
  else {
    if (r.crossOriginIsolated !== isolated) p.push(`crossOriginIsolated ${r.crossOriginIsolated}`);
    if (r.threads !== (build === 'threads')) p.push(`runner says threads=${r.threads}`);
    if (r.diagnostics?.[0]?.message !== 'x declared and not used' || r.diagnostics[0].line !== 3)
      p.push(`diagnostics ${JSON.stringify(r.diagnostics)}`);
    if (r.hello.out !== 'hello, 世界\n' || r.hello.status !== 0) p.push(`hello ${JSON.stringify(r.hello)}`);
    if (!/^2 true \[\d+ \d+ \d+ \d+\]\n$/.test(r.parallel.out) || r.parallel.status !== 0) p.push(`parallel ${JSON.stringify(r.parallel)}`);
    if (!(r.parallel.snapshots >= 2)) p.push(`${r.parallel.snapshots} snapshots pushed, want at least 2`);
    if (!r.deadlock.out.startsWith('fatal error: all goroutines are asleep - deadlock!\n') || r.deadlock.reason !== 'deadlock')
      p.push(`deadlock ${JSON.stringify(r.deadlock)}`);
    if (r.spin.reason !== 'stopped' || r.spin.stopMs > 200 || r.spin.out !== 'spinning\n') p.push(`stop ${JSON.stringify(r.spin)}`);
    if (r.after.out !== 'hello, 世界\n') p.push(`after stop ${JSON.stringify(r.after)}`);
  }
  check(`browser, ${build} build${isolated ? ' (cross-origin isolated)' : ''}`, p);
  await page.close();
  await server.close();
}
await browser.close();
console.log(`${passed} passed, ${failed} failed, 0 skipped`);
process.exit(failed ? 1 : 0);
