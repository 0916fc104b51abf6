// harness.mjs - what the browser tests of the playground page share:
// Chromium (Debian's, headless, through playwright-core), the two servers of
// web/dist (cross-origin isolated and plain), opening the page, waiting on
// the console, typing a program, and running named tests with a screenshot
// each under test-results/web/ and the "N passed, N failed, 0 skipped" line.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from './serve.mjs';

export const repo = resolve(new URL('../..', import.meta.url).pathname);
export const dist = resolve(repo, 'web/dist');
export const shots = resolve(repo, 'test-results/web');

export class Failure extends Error {}
export function expect(cond, what) {
  if (!cond) throw new Failure(what);
}

export const consoleText = (page) => page.evaluate(() => window.__gopark.consoleText());
export const source = (page) => page.evaluate(() => window.__gopark.source());

export async function waitConsole(page, re, timeout = 15000) {
  try {
    await page.waitForFunction((src) => new RegExp(src).test(window.__gopark.consoleText()), re.source, { timeout });
  } catch {
    throw new Failure(`console never matched ${re}; it shows:\n${(await consoleText(page)).slice(-2000)}`);
  }
}

// Replaces the editor's text by pasting it (select all, Ctrl+V).
export async function setSource(page, text) {
  await page.click('#editor .view-lines');
  await page.keyboard.press('ControlOrMeta+a');
  await page.evaluate((s) => navigator.clipboard.writeText(s), text);
  await page.keyboard.press('ControlOrMeta+v');
  const got = await source(page);
  expect(got === text, `editor holds ${JSON.stringify(got.slice(0, 200))}, want ${JSON.stringify(text.slice(0, 200))}`);
}

// Runs tests [{name, fn(t)}] (t: {open(opts), page, logs}) and exits with
// the summary. prefix names the screenshots.
export async function runTests(prefix, tests, only) {
  if (!existsSync(resolve(dist, 'index.html'))) {
    console.log('FAIL web/dist is not built (node scripts/build.mjs web)');
    console.log('0 passed, 1 failed, 0 skipped');
    process.exit(1);
  }
  mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
  // With the site's Content-Security-Policy (serve.mjs), as npm start serves
  // it; a violation is reported as a page error, which fails the test.
  const servers = {
    isolated: await serve({ root: dist, isolated: true, csp: true }),
    plain: await serve({ root: dist, isolated: false, csp: true }),
  };
  let passed = 0, failed = 0;
  const t0 = Date.now();
  for (const [i, { name, fn }] of tests.entries()) {
    if (only && !name.includes(only)) continue;
    const contexts = [];
    const t = {
      logs: [], page: null, servers,
      // Opens the page in a fresh context (its own localStorage) unless one
      // is given, and waits until Run is enabled. On the plain server the
      // service worker that would add COOP/COEP (web/public/coi-sw.js) is
      // blocked: the single-thread build is what such a test is about
      // (tests/web/embed.mjs tests the worker).
      async open({ server = servers.isolated, hash = '', context = null } = {}) {
        const ctx = context ?? await browser.newContext({
          viewport: { width: 1280, height: 720 }, permissions: ['clipboard-read', 'clipboard-write'],
          serviceWorkers: server === servers.plain ? 'block' : 'allow',
        });
        if (!context) contexts.push(ctx);
        const page = await ctx.newPage();
        page.on('pageerror', (e) => t.logs.push(`pageerror: ${e.message}`));
        // A Content-Security-Policy violation fails the test like a page error.
        page.on('console', (m) => {
          if (m.type() === 'error') t.logs.push(`${/Content Security Policy/.test(m.text()) ? 'pageerror' : 'console'}: ${m.text()}`);
        });
        page.on('crash', () => t.logs.push('pageerror: the page crashed'));
        await page.goto(`${server.url}/${hash}`);
        await page.waitForSelector('#run:not([disabled])', { timeout: 30000 });
        t.page = page;
        return page;
      },
    };
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
      const file = `${prefix}-${String(i + 1).padStart(2, '0')}-${name.split(':')[0].replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
      await t.page.screenshot({ path: resolve(shots, file) }).catch(() => {});
    }
    for (const c of contexts) await c.close().catch(() => {});
  }
  await servers.isolated.close();
  await servers.plain.close();
  await browser.close();
  console.log(`(${((Date.now() - t0) / 1000).toFixed(0)}s)`);
  console.log(`${passed} passed, ${failed} failed, 0 skipped`);
  process.exit(failed ? 1 : 0);
}
