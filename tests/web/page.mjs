// page.mjs - the playground page (web/dist) in Chromium, driven as a user
// would: examples menu, Run/Stop, compile-error markers, GOMAXPROCS, share
// links, the draft, the theme, and the single-thread fallback on a page
// served without COOP/COEP. Serves web/dist itself through
// tests/web/harness.mjs (build it first: node scripts/build.mjs web). Saves
// a screenshot per test under test-results/web/. Prints "N passed, N
// failed, 0 skipped".
//
//   node tests/web/page.mjs [name-substring]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { consoleText, dist, expect, runTests, setSource, shots, source, waitConsole } from './harness.mjs';

const manifest = JSON.parse(readFileSync(resolve(dist, 'examples/manifest.json'), 'utf8'));

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

const hello = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, playground")\n}\n';
const procsProg = 'package main\n\nimport (\n\t"fmt"\n\t"runtime"\n)\n\nfunc main() {\n\tfmt.Println("procs", runtime.GOMAXPROCS(0), runtime.NumCPU())\n}\n';

test('load: first example, every example in the menu, threads header, theme toggle', async (t) => {
  const page = await t.open();
  const first = readFileSync(resolve(dist, 'examples', manifest[0].file), 'utf8');
  expect(await source(page) === first, `editor does not hold ${manifest[0].file}`);
  const menu = await page.$$eval('#examples optgroup', (gs) => gs.map((g) => ({ label: g.label, n: g.children.length })));
  const groups = [];
  for (const e of manifest) {
    if (!groups.length || groups[groups.length - 1].label !== e.section) groups.push({ label: e.section, n: 0 });
    groups[groups.length - 1].n++;
  }
  expect(JSON.stringify(menu) === JSON.stringify(groups), `menu groups ${JSON.stringify(menu)}, want ${JSON.stringify(groups)}`);
  const titles = await page.$$eval('#examples optgroup option', (os) => os.map((o) => o.textContent));
  expect(JSON.stringify(titles) === JSON.stringify(manifest.map((e) => e.title)), 'menu titles differ from the manifest');
  const hw = await page.evaluate(() => navigator.hardwareConcurrency);
  const engine = await page.textContent('#engine');
  expect(engine === `threads: ${hw} workers`, `header says "${engine}"`);
  expect(await page.$$eval('#procs option', (os) => os.length) === hw + 1, 'GOMAXPROCS has not 1..N and all');
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(!scroll, 'horizontal scroll at 1280x720');
  for (const sel of ['#editor', '#console', '#pane-state']) {
    const box = await page.locator(sel).boundingBox();
    expect(box && box.width > 200 && box.height > 100 && box.x + box.width <= 1281 && box.y + box.height <= 721, `${sel} not visible: ${JSON.stringify(box)}`);
  }
  const before = await page.getAttribute('html', 'data-theme');
  await page.click('#theme');
  const after = await page.getAttribute('html', 'data-theme');
  expect(before !== after && (after === 'dark' || after === 'light'), `theme ${before} -> ${after}`);
  const monacoDark = await page.locator('.monaco-editor').evaluate((e) => e.classList.contains('vs-dark'));
  expect(monacoDark === (after === 'dark'), 'Monaco theme does not follow');
  await page.reload();
  await page.waitForSelector('#run:not([disabled])');
  expect(await page.getAttribute('html', 'data-theme') === after, 'theme not remembered');
});

test('pick an example, run it, see its output and the state panel', async (t) => {
  const page = await t.open();
  const file = '21_channels_basics.go';
  const entry = manifest.find((e) => e.file === file);
  expect(entry, `${file} is not in the manifest`);
  await page.selectOption('#examples', file);
  const want = readFileSync(resolve(dist, 'examples', file), 'utf8');
  await page.waitForFunction((w) => window.__gopark.source() === w, want, { timeout: 5000 });
  await page.click('#run');
  await waitConsole(page, /Program exited\.$/);
  const out = await consoleText(page);
  expect(out.includes('received 1\nreceived 2\nreceived 3') && out.includes('sum: 15') && out.includes('receive after close: 0, ok=false'),
    `output:\n${out}`);
  const panel = await page.locator('#pane-state').innerText();
  expect(panel.trim().length > 0, 'state panel is empty after the run');
});

test('edits are not discarded silently: the confirm dialog', async (t) => {
  const page = await t.open();
  await setSource(page, hello);
  const other = manifest[1].file;
  await page.selectOption('#examples', other);
  await page.waitForSelector('#confirm[open]', { timeout: 3000 });
  await page.click('#confirm-cancel');
  expect(await source(page) === hello, 'Cancel did not keep the edits');
  await page.selectOption('#examples', other);
  await page.waitForSelector('#confirm[open]', { timeout: 3000 });
  await page.click('#confirm-ok');
  const want = readFileSync(resolve(dist, 'examples', other), 'utf8');
  await page.waitForFunction((w) => window.__gopark.source() === w, want, { timeout: 5000 });
});

test('compile error: console message and a marker at its position; Ctrl+Enter runs', async (t) => {
  const page = await t.open();
  await setSource(page, 'package main\n\nfunc main() {\n\tx := 1\n}\n');
  await page.keyboard.press('Control+Enter');  // focus is in Monaco
  await waitConsole(page, /Program exited: status 1\.$/);
  const out = await consoleText(page);
  expect(/prog\.go:4:2: declared and not used: x|x declared and not used/.test(out), `console:\n${out}`);
  await page.waitForSelector('#editor .squiggly-error', { timeout: 5000 });
  const m = await page.evaluate(() => window.__gopark.markers());
  expect(m.length === 1 && m[0].line === 4 && m[0].col === 2 && /declared and not used/.test(m[0].message), `markers ${JSON.stringify(m)}`);
  await page.screenshot({ path: resolve(shots, 'page-04-compile-error-marker.png') });
  // Editing clears the marker; a correct program runs.
  await setSource(page, hello);
  expect((await page.evaluate(() => window.__gopark.markers())).length === 0, 'marker kept after an edit');
  await page.keyboard.press('Control+Enter');
  await waitConsole(page, /hello, playground\n+Program exited\.$/);
});

test('Stop ends an infinite loop within a second; the next run works', async (t) => {
  const page = await t.open();
  await setSource(page, 'package main\n\nfunc main() {\n\tprintln("spinning")\n\tfor {\n\t}\n}\n');
  await page.click('#run');
  await waitConsole(page, /spinning/);
  await page.waitForTimeout(300);
  const t0 = Date.now();
  await page.click('#stop');
  await waitConsole(page, /Program stopped\.$/, 1000);
  const ms = Date.now() - t0;
  expect(ms <= 1000, `stopped after ${ms} ms`);
  expect(await page.isDisabled('#stop'), 'Stop still enabled');
  await setSource(page, hello);
  await page.click('#run');
  await waitConsole(page, /^hello, playground\n+Program exited\.$/);
});

test('GOMAXPROCS 1 and all', async (t) => {
  const page = await t.open();
  const hw = await page.evaluate(() => navigator.hardwareConcurrency);
  await setSource(page, procsProg);
  await page.selectOption('#procs', '1');
  await page.click('#run');
  await waitConsole(page, /Program exited\.$/);
  let out = await consoleText(page);
  expect(out.startsWith(`procs 1 ${hw}\n`), `GOMAXPROCS 1: ${out}`);
  await page.selectOption('#procs', '0');
  await page.click('#run');
  await waitConsole(page, /Program exited\.$/);
  out = await consoleText(page);
  expect(out.startsWith(`procs ${hw} ${hw}\n`), `all: ${out}`);
});

test('share link round trip: non-ASCII source, p, seed and clock', async (t) => {
  const page = await t.open();
  const text = 'package main\n\nimport "fmt"\n\n// Grüße, 世界 🎉\nfunc main() {\n\tfmt.Println("héllo, 世界 🎉")\n}\n';
  await setSource(page, text);
  const p = (await page.evaluate(() => navigator.hardwareConcurrency)) >= 2 ? '2' : '1';
  await page.selectOption('#procs', p);
  await page.fill('#seed', '42');
  await page.check('#clock');
  await page.click('#share');
  await page.waitForSelector('#share-link:visible', { timeout: 3000 });
  const link = await page.inputValue('#share-link');
  expect(new RegExp(`#code=[A-Za-z0-9_-]+&p=${p}&seed=42&clock=fake$`).test(link), `link ${link}`);
  // Opened elsewhere (no draft there): the same program and options.
  const page2 = await t.open({ hash: link.slice(link.indexOf('#')) });
  expect(await source(page2) === text, `restored ${JSON.stringify(await source(page2))}`);
  expect(await page2.inputValue('#procs') === p, 'p not restored');
  expect(await page2.inputValue('#seed') === '42', 'seed not restored');
  expect(await page2.isChecked('#clock'), 'clock not restored');
  await page2.click('#run');
  await waitConsole(page2, /héllo, 世界 🎉\n+Program exited\.$/);
  // A malformed link: a message, and the draft stays.
  const ctx = page.context();
  const page3 = await t.open({ context: ctx, hash: '#code=AAAA!!' });
  await waitConsole(page3, /This link could not be opened: .*Your draft is kept\./);
  expect(await source(page3) === text, 'draft lost on a malformed link');
  t.page = page2;
});

test('the draft survives a reload; a link takes precedence and the draft stays recoverable', async (t) => {
  const page = await t.open();
  const draft = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("my draft ✓")\n}\n';
  await setSource(page, draft);
  await page.fill('#seed', '7');
  await page.waitForTimeout(800);
  await page.reload();
  await page.waitForSelector('#run:not([disabled])');
  expect(await source(page) === draft, `after reload: ${JSON.stringify(await source(page))}`);
  expect(await page.inputValue('#seed') === '7', 'seed not kept with the draft');
  // Open a share link in the same browser: its program wins, the draft is offered back.
  await setSource(page, hello);
  await page.click('#share');
  await page.waitForSelector('#share-link:visible');
  const link = await page.inputValue('#share-link');
  await setSource(page, draft);
  await page.waitForTimeout(800);
  const page2 = await t.open({ context: page.context(), hash: link.slice(link.indexOf('#')) });
  expect(await source(page2) === hello, 'link did not take precedence');
  await page2.waitForSelector('#notice-action:visible', { timeout: 3000 });
  await page2.click('#notice-action');
  await page2.waitForFunction((d) => window.__gopark.source() === d, draft, { timeout: 3000 });
  t.page = page2;
});

test('served without COOP/COEP: single-thread build, says so, runs a program', async (t) => {
  const page = await t.open({ server: t.servers.plain });
  expect(await page.evaluate(() => crossOriginIsolated) === false, 'page is isolated');
  const engine = await page.textContent('#engine');
  expect(engine === 'single-thread', `header says "${engine}"`);
  const note = await page.locator('#engine').evaluate((e) => getComputedStyle(e, '::after').content);
  expect(/not cross-origin isolated/.test(note), `no visible note: ${note}`);
  await setSource(page, hello);
  await page.click('#run');
  await waitConsole(page, /^hello, playground\n+Program exited\.$/);
});

await runTests('page', tests, process.argv[2]);
