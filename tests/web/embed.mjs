// embed.mjs - embed.js on a documentation page, the ?embed-free parts of
// static hosting, and share links from widgets (docs/embedding.md). The
// example documentation page (web/dist/docs-example.html) is served WITHOUT
// COOP/COEP from one origin (http://127.0.0.1:P1) and includes embed.js from
// another (http://localhost:P2, web/dist served with CORS). Also: the
// playground under a plain static server gains threads through the service
// worker after a reload. Build first: node scripts/build.mjs web. Saves a
// screenshot per test under test-results/web/. Prints "N passed, N failed,
// 0 skipped".
//
//   node tests/web/embed.mjs [name-substring]
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from './serve.mjs';

const repo = resolve(new URL('../..', import.meta.url).pathname);
const dist = resolve(repo, 'web/dist');
const shots = resolve(repo, 'test-results/web');
const only = process.argv[2];
mkdirSync(shots, { recursive: true });

let passed = 0, failed = 0;
if (!existsSync(resolve(dist, 'embed.js')) || !existsSync(resolve(dist, 'docs-example.html'))) {
  console.log('FAIL web/dist is not built (node scripts/build.mjs web)');
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});

// Origin 2: the site (embed.js, runner, engines, playground), with CORS.
const siteServer = await serve({ root: dist, cors: true });
const site = siteServer.url.replace('127.0.0.1', 'localhost');
// Origin 1: a documentation host, no COOP/COEP, that includes embed.js from origin 2.
const docsDir = mkdtempSync(join(tmpdir(), 'gopark-docs-'));
const docsHtml = readFileSync(resolve(dist, 'docs-example.html'), 'utf8')
  .replace('src="./embed.js"', `src="${site}/embed.js"`);
if (!docsHtml.includes(`${site}/embed.js`)) throw new Error('docs-example.html does not include ./embed.js');
writeFileSync(join(docsDir, 'docs.html'), docsHtml);
writeFileSync(join(docsDir, 'xss.html'), `<!doctype html><meta charset="utf-8"><title>xss</title>
<pre><code class="language-go">package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(\`&lt;img src=x onerror="window.__xss=1"&gt;\`)
	fmt.Fprintln(os.Stderr, "&lt;b&gt;bold&lt;/b&gt;")
}
</code></pre>
<script type="module" src="${site}/embed.js"></script>
`);
writeFileSync(join(docsDir, 'deadlock.html'), `<!doctype html><meta charset="utf-8"><title>deadlock</title>
<div data-gopark data-procs="2">package main

func main() {
	ch := make(chan int)
	for i := 0; i &lt; 2; i++ {
		go func() { &lt;-ch }()
	}
	&lt;-ch
}
</div>
<script type="module" src="${site}/embed.js"></script>
`);
// Two widgets that run when the page loads (one after the other), and two
// that run until stopped.
writeFileSync(join(docsDir, 'autorun.html'), `<!doctype html><meta charset="utf-8"><title>autorun</title>
<div data-gopark data-autorun>package main

func main() { println("first autorun") }
</div>
<div data-gopark data-autorun>package main

import "fmt"

func main() { fmt.Println("second autorun") }
</div>
<div data-gopark>package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("ticking")
	for {
		time.Sleep(10 * time.Millisecond)
	}
}
</div>
<div data-gopark>package main

import "fmt"

func main() { fmt.Println("the other one") }
</div>
<script type="module" src="${site}/embed.js"></script>
`);
const docsServer = await serve({ root: docsDir });
// A plain static server on the site: no COOP/COEP, no CORS.
const plainServer = await serve({ root: dist });

class Failure extends Error {}
function expect(cond, what) {
  if (!cond) throw new Failure(what);
}

async function newPage(t, opts = {}) {
  const ctx = await browser.newContext({
    viewport: { width: 1100, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'], ...opts,
  });
  t.contexts.push(ctx);
  const page = await ctx.newPage();
  page.on('pageerror', (e) => t.logs.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') t.logs.push(`console: ${m.text()}`); });
  t.page = page;
  return page;
}

async function openDocs(t, file = 'docs.html') {
  const page = await newPage(t);
  await page.goto(`${docsServer.url}/${file}`);
  await page.waitForSelector('[data-gopark-widget]', { timeout: 15000 });
  return page;
}

const widget = (page, i) => page.locator('[data-gopark-widget]').nth(i);
const outText = (w) => w.locator('.gpk-out').textContent();

async function waitOut(w, re, timeout = 30000) {
  const start = Date.now();
  let text = '';
  while (Date.now() - start < timeout) {
    text = await outText(w);
    if (re.test(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Failure(`widget output never matched ${re}; it shows:\n${text}`);
}

const fragmentProgram = `package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ch := make(chan int)
	go func() {
		for i := 1; i <= 10; i++ {
			time.Sleep(time.Millisecond)
			ch <- i
		}
		close(ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum:", sum)
	fmt.Println("took", time.Since(start).Round(time.Millisecond))
}
`;

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('docs page from another origin runs three widgets, one a fragment with hidden lines', async (t) => {
  const page = await openDocs(t);
  expect(await page.evaluate(() => crossOriginIsolated) === false, 'the docs page is isolated');
  expect(await page.locator('[data-gopark-widget]').count() === 3, 'not three widgets');
  const shown = await widget(page, 1).locator('.gpk-code').textContent();
  expect(!shown.includes('package main') && shown.includes('sum += v'), `fragment shows:\n${shown}`);
  expect(/sum: 55\s+took 10ms/.test(await widget(page, 1).locator('.gpk-expected').textContent()), 'no expected output');
  await widget(page, 0).locator('.gpk-run').click();
  await waitOut(widget(page, 0), /^hello from a goroutine\nProgram exited\.$/);
  await widget(page, 1).locator('.gpk-run').click();
  await waitOut(widget(page, 1), /^sum: 55\ntook 10ms\nProgram exited\.$/);
  await widget(page, 2).locator('.gpk-run').click();
  await waitOut(widget(page, 2), /^sum of squares: 55\nProgram exited\.$/);
  expect(await widget(page, 2).locator('.gpk-edit').count() === 0, 'read-only widget has Edit');
  expect(await page.evaluate(() => window.__goparkEmbed.threaded) === false, 'widgets claim threads');
});

test('Edit loads Monaco, the edited program runs', async (t) => {
  const page = await openDocs(t);
  const w = widget(page, 0);
  expect(await page.locator('.monaco-editor').count() === 0, 'Monaco before Edit');
  await w.locator('.gpk-edit').click();
  await w.locator('.gpk-editor .view-lines').waitFor({ timeout: 20000 });
  await w.locator('.gpk-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+a');
  const text = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("edited", 6*7)\n}';
  await page.evaluate((s) => navigator.clipboard.writeText(s), text);
  await page.keyboard.press('ControlOrMeta+v');
  await w.locator('.gpk-run').click();
  await waitOut(w, /^edited 42\nProgram exited\.$/);
});

test('Open in playground carries the full program of a fragment', async (t) => {
  const page = await openDocs(t);
  const href = await widget(page, 1).locator('.gpk-open').getAttribute('href');
  expect(href.startsWith(`${site}/#code=`) && href.includes('clock=fake'), `link: ${href}`);
  const pg = await newPage(t, { serviceWorkers: 'block' });
  await pg.goto(href);
  await pg.waitForSelector('#run:not([disabled])', { timeout: 30000 });
  const src = await pg.evaluate(() => window.__gopark.source());
  expect(src === fragmentProgram, `playground editor holds:\n${src}`);
  expect(await pg.isChecked('#clock'), 'virtual clock not set');
});

test('a static host without COOP/COEP gains threads through the service worker', async (t) => {
  const page = await newPage(t);
  await page.goto(`${plainServer.url}/`);
  const start = Date.now();
  let isolated = false;
  while (!isolated && Date.now() - start < 20000) {
    try {
      isolated = await page.evaluate(() => crossOriginIsolated);
    } catch {
      // the page reloaded under us
    }
    if (!isolated) await new Promise((r) => setTimeout(r, 200));
  }
  expect(isolated, 'crossOriginIsolated never became true');
  await page.waitForSelector('#run:not([disabled])', { timeout: 30000 });
  const engine = await page.textContent('#engine');
  expect(/^threads: \d+ workers$/.test(engine), `header says "${engine}"`);
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller), 'no service worker controls the page');
});

test('?embed shows editor, console and panel without header chrome, and leaves the playground draft alone', async (t) => {
  const page = await newPage(t, { serviceWorkers: 'block' });
  // The user's own draft in the playground, on the same origin.
  await page.goto(`${site}/`);
  await page.waitForSelector('#run:not([disabled])', { timeout: 30000 });
  const draft = 'package main\n\nfunc main() {\n\tprintln("my own draft")\n}\n';
  await page.click('#editor .view-lines');
  await page.keyboard.press('ControlOrMeta+a');
  await page.evaluate((s) => navigator.clipboard.writeText(s), draft);
  await page.keyboard.press('ControlOrMeta+v');
  await page.waitForTimeout(800);  // saved 400 ms after an edit
  const docs = await openDocs(t);
  const href = await widget(docs, 0).locator('.gpk-open').getAttribute('href');
  await page.goto(href.replace('/#code=', '/?embed#code='));
  await page.waitForSelector('#run:not([disabled])', { timeout: 30000 });
  expect(!(await page.isVisible('.gp-title')) && !(await page.isVisible('#examples')) && !(await page.isVisible('#share')),
    'header chrome is visible');
  expect(await page.isVisible('#editor') && await page.isVisible('#console') && await page.isVisible('#pane-state'),
    'editor, console or panel hidden');
  await page.click('#run');
  await page.waitForFunction(() => /hello from a goroutine/.test(window.__gopark.consoleText()), null, { timeout: 15000 });
  await page.goto(`${site}/`);
  await page.waitForSelector('#run:not([disabled])', { timeout: 30000 });
  const back = await page.evaluate(() => window.__gopark.source());
  expect(back === draft, `the playground's draft became:\n${back}`);
  t.page = page;
});

test('a deadlock shows the state summary and the runtime error in red', async (t) => {
  const page = await openDocs(t, 'deadlock.html');
  const w = widget(page, 0);
  await w.locator('.gpk-run').click();
  const out = await waitOut(w, /Program exited: status 2\.$/);
  expect(/all goroutines are asleep - deadlock!/.test(out), `output:\n${out}`);
  expect(await w.locator('.gpk-out .gpk-err', { hasText: 'deadlock' }).count() === 1, 'the error is not red');
  const state = await w.locator('.gpk-state').textContent();
  expect(state === 'at exit: 3 goroutines: 3 chan receive', `state summary: ${state}`);
});

test('data-autorun widgets run on load, the others wait for Run', async (t) => {
  const page = await openDocs(t, 'autorun.html');
  await waitOut(widget(page, 0), /^first autorun\nProgram exited\.$/);
  await waitOut(widget(page, 1), /^second autorun\nProgram exited\.$/);
  expect(await outText(widget(page, 2)) === '' && await outText(widget(page, 3)) === '',
    'a widget without data-autorun ran');
});

test('Run in a second widget stops the first one\'s run', async (t) => {
  const page = await openDocs(t, 'autorun.html');
  await waitOut(widget(page, 1), /Program exited\.$/);
  await widget(page, 2).locator('.gpk-run').click();
  await waitOut(widget(page, 2), /^ticking\n/);
  await widget(page, 3).locator('.gpk-run').click();
  await waitOut(widget(page, 2), /^ticking\nProgram stopped\.$/);
  await waitOut(widget(page, 3), /^the other one\nProgram exited\.$/);
  // The stopped widget runs again.
  await widget(page, 2).locator('.gpk-run').click();
  await waitOut(widget(page, 2), /^ticking\n$/);
});

test('program output is text, never HTML', async (t) => {
  const page = await openDocs(t, 'xss.html');
  const w = widget(page, 0);
  await w.locator('.gpk-run').click();
  const out = await waitOut(w, /Program exited/);
  expect(out.includes('<img src=x onerror="window.__xss=1">'), `output:\n${out}`);
  expect(out.includes('<b>bold</b>'), `stderr:\n${out}`);
  expect(await w.locator('.gpk-out img, .gpk-out b').count() === 0, 'output made elements');
  expect(await w.locator('.gpk-out .gpk-err', { hasText: '<b>bold</b>' }).count() === 1, 'stderr not in red span');
  await new Promise((r) => setTimeout(r, 300));
  expect(await page.evaluate(() => window.__xss) === undefined, 'the onerror handler ran');
});

const t0 = Date.now();
for (const [i, { name, fn }] of tests.entries()) {
  if (only && !name.includes(only)) continue;
  const t = { contexts: [], logs: [], page: null };
  const start = Date.now();
  try {
    await fn(t);
    if (t.logs.some((l) => l.startsWith('pageerror'))) throw new Failure(`page errors:\n${t.logs.join('\n')}`);
    passed++;
    console.log(`ok   ${name} (${((Date.now() - start) / 1000).toFixed(1)}s)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n  ${String(e instanceof Failure ? e.message : e.stack).split('\n').join('\n  ')}`);
    if (t.logs.length) console.log(`  log:\n    ${t.logs.slice(-20).join('\n    ')}`);
  }
  if (t.page) {
    const file = `embed-${String(i + 1).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}.png`;
    await t.page.screenshot({ path: resolve(shots, file), fullPage: true }).catch(() => {});
  }
  for (const c of t.contexts) await c.close();
}
await docsServer.close();
await siteServer.close();
await plainServer.close();
rmSync(docsDir, { recursive: true, force: true });
await browser.close();
console.log(`(${((Date.now() - t0) / 1000).toFixed(0)}s)`);
console.log(`${passed} passed, ${failed} failed, 0 skipped`);
process.exit(failed ? 1 : 0);
