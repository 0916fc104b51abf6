// panels.mjs - the playground page's state panel and per-P timeline
// (web/src/panels/) in Debian's Chromium, headless, through playwright-core,
// on the real page: the site Vite builds from web/ (web/dist when it is up
// to date, else a build of its own in $TMPDIR/gopark-panels-site),
// served cross-origin isolated so the threaded engine runs.
//
// Each test opens a program through a share link (#code=...&p=N), clicks
// Run, and checks what a user sees: Go's deadlock message in the console,
// every goroutine's wait reason in the frozen panel, a row click revealing
// its line in Monaco, a buffered channel's values, live updates with a
// capped goroutine list, and the timeline's lanes, hand-offs, zoom,
// keyboard, hover and theme. The timeline's parsed model is read through
// its read-only hook (window.__goparkTimeline). Screenshots go to
// test-results/web/panels-*.png. Prints "N passed, N failed, 0 skipped".
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { deflateRawSync } from 'node:zlib';
import { serve } from './serve.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const shots = join(root, 'test-results/web');
mkdirSync(shots, { recursive: true });
let passed = 0, failed = 0;

function check(name, problems) {
  if (problems.length) {
    failed++;
    console.log(`FAIL ${name}\n  ${problems.join('\n  ')}`);
  } else {
    passed++;
    console.log(`ok   ${name}`);
  }
}

// ---------------------------------------------------------------- the site

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const f of readdirSync(path)) m = Math.max(m, newestMtime(join(path, f)));
  return m;
}

async function siteDir() {
  const web = join(root, 'web');
  const sources = Math.max(newestMtime(join(web, 'src')), newestMtime(join(web, 'index.html')),
    newestMtime(join(web, 'vite.config.ts')));
  const fresh = (dir) => existsSync(join(dir, 'index.html')) && statSync(join(dir, 'index.html')).mtimeMs >= sources;
  const dist = join(web, 'dist');
  if (fresh(dist)) return dist;
  const own = join(tmpdir(), 'gopark-panels-site');
  if (fresh(own)) return own;
  const { build } = await import('vite');
  const t0 = Date.now();
  await build({ configFile: join(web, 'vite.config.ts'), logLevel: 'error', build: { outDir: own, emptyOutDir: true } });
  console.log(`(built the site into ${own} in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return own;
}

// ---------------------------------------------------------------- programs

const DEADLOCK = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	jobs := make(chan string, 4)
	jobs <- "alpha"
	jobs <- "beta"
	done := make(chan bool)
	mu.Lock()
	wg.Add(2)
	go func() {
		mu.Lock()
		wg.Done()
	}()
	go func() {
		wg.Wait()
		done <- true
	}()
	fmt.Println("waiting")
	<-done
}
`;
// Lines in DEADLOCK: main's receive; each go statement and its blocking call.
const MAIN_RECV_LINE = 26, LOCKER_LOCK_LINE = 18, WAITER_WAIT_LINE = 22;

const PINGPONG = `package main

import (
	"fmt"
	"sync"
)

func work(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s
}

func player(in <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for v := range in {
		work(3000)
		if v >= 40 {
			close(out)
			return
		}
		out <- v + 1
	}
	close(out)
}

func main() {
	var wg sync.WaitGroup
	for pair := 0; pair < 4; pair++ {
		ping := make(chan int)
		pong := make(chan int)
		wg.Add(2)
		go player(ping, pong, &wg)
		go player(pong, ping, &wg)
		go func() { ping <- 0 }()
	}
	wg.Wait()
	fmt.Println("rallies done")
}
`;

// 1500 goroutines parked at one place on channels of their own (one row
// "×1500"), 600 on one channel (one row "×600"), 520 more each at a line of
// its own (520 rows: over the cap of 500), then two seconds of sleeps.
const MANY = `package main

import (
	"fmt"
	"time"
)

func main() {
	shared := make(chan int)
	for i := 0; i < 1500; i++ {
		c := make(chan int)
		go func() { <-c }()
	}
	for i := 0; i < 600; i++ {
		go func() { <-shared }()
	}
${Array.from({ length: 520 }, () => '\tgo func() { <-shared }()').join('\n')}
	for i := 0; i < 20; i++ {
		time.Sleep(100 * time.Millisecond)
	}
	fmt.Println("bye")
}
`;

// ---------------------------------------------------------------- helpers

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const site = await siteDir();
const server = await serve({ root: site, isolated: true });
const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
const page = await context.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));

function link(source, procs) {
  return `${server.url}/index.html#code=${deflateRawSync(Buffer.from(source)).toString('base64url')}&p=${procs}`;
}

async function openAndRun(source, procs) {
  await page.goto('about:blank');
  await page.goto(link(source, procs));
  await page.waitForFunction(() => window.__gopark?.isReady(), null, { timeout: 30000 });
  await page.click('#tab-state');
  await page.click('#run');
}

async function waitFrozen(timeout = 30000) {
  await page.waitForFunction(
    () => !window.__gopark.isRunning() && document.querySelector('.gpp-state')?.dataset.state === 'frozen',
    null, { timeout });
}

const header = () => page.$eval('.gpp-state .gpp-header', (e) => e.textContent);
const goroutineRows = () => page.$$eval('.gpp-state .gpp-g', (rows) => rows.map((r) => ({
  goid: Number(r.dataset.goid),
  text: r.textContent,
  reason: r.querySelector('.gpp-reason')?.textContent ?? '',
  status: r.querySelector('.gpp-sub [class^="gpp-status-"]')?.textContent ?? '',
  times: r.querySelector('.gpp-times')?.textContent ?? '',
})));
// Monaco's line number of the cursor (the active line) and its selection, as drawn.
const activeLine = () => page.evaluate(() => {
  const n = document.querySelector('#editor .line-numbers.active-line-number');
  return n ? Number(n.textContent) : 0;
});
const model = () => page.evaluate(() => window.__goparkTimeline.model());
const shot = (name) => page.screenshot({ path: join(shots, `panels-${name}.png`) });

// Pixels of the canvas unlike its top-left corner (the background), and that corner.
const canvasInk = () => page.$eval('.gpp-tl-canvas', (c) => {
  const ctx = c.getContext('2d');
  const { data } = ctx.getImageData(0, 0, c.width, c.height);
  const bg = [data[0], data[1], data[2]];
  let ink = 0;
  const colors = new Set();
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2]) > 60) {
      ink++;
      if (colors.size < 64) colors.add(`${data[i] >> 4},${data[i + 1] >> 4},${data[i + 2] >> 4}`);
    }
  }
  return { ink, colors: colors.size, bg, size: [c.width, c.height] };
});

async function step(slug, name, fn) {
  const problems = [];
  try {
    await fn(problems);
  } catch (e) {
    problems.push(String(e?.stack ?? e).split('\n').slice(0, 3).join('\n  '));
  }
  try { await shot(slug); } catch { /* the page is gone */ }
  if (errors.length) problems.push(`page errors: ${errors.splice(0).join(' | ')}`);
  check(name, problems);
}

// ---------------------------------------------------------------- tests

await step('deadlock', 'deadlock: Go message in the console, each goroutine\'s wait reason in the frozen panel', async (p) => {
  await openAndRun(DEADLOCK, 2);
  await waitFrozen();
  const out = await page.evaluate(() => window.__gopark.consoleText());
  if (!out.includes('fatal error: all goroutines are asleep - deadlock!')) p.push(`console: ${JSON.stringify(out.slice(0, 200))}`);
  const h = await header();
  if (!/^3 goroutines · 2 channels · .*frozen at exit \(deadlock\)$/.test(h)) p.push(`header ${JSON.stringify(h)}`);
  const rows = await goroutineRows();
  const want = { 1: 'chan receive', 2: 'sync.Mutex.Lock', 3: 'sync.WaitGroup.Wait' };
  for (const [id, reason] of Object.entries(want)) {
    const r = rows.find((x) => x.goid === Number(id));
    if (!r) p.push(`no row for G${id}`);
    else if (r.reason !== `: ${reason}` || r.status !== 'waiting') p.push(`G${id}: ${JSON.stringify(r)}`);
  }
  if (rows.length !== 3) p.push(`${rows.length} goroutine rows`);
  // What they wait on, as shown: main on chan done, G2 on the Mutex main holds.
  const g1 = rows.find((x) => x.goid === 1)?.text ?? '';
  if (!g1.includes('on chan done (#2)') || !g1.includes(`line ${MAIN_RECV_LINE}`)) p.push(`G1 row ${JSON.stringify(g1)}`);
  const sync = await page.$$eval('.gpp-state .gpp-s', (rs) => rs.map((r) => r.textContent));
  if (!sync.some((t) => t.includes('Mutex') && t.includes('locked by G1') && t.includes('waiters: G2')))
    p.push(`mutex row missing: ${JSON.stringify(sync)}`);
  if (!sync.some((t) => t.includes('WaitGroup') && t.includes('counter 2') && t.includes('waiters: G3')))
    p.push(`waitgroup row missing: ${JSON.stringify(sync)}`);
});

await step('channel-values', 'a buffered channel shows its values, capacity and waiting receivers', async (p) => {
  const chans = await page.$$eval('.gpp-state .gpp-c', (rs) => rs.map((r) => ({
    main: r.querySelector('.gpp-main').textContent,
    where: r.querySelector('.gpp-where').textContent,
    values: [...r.querySelectorAll('.gpp-chip:not(.gpp-chip-free)')].map((c) => c.textContent),
    free: r.querySelectorAll('.gpp-chip-free').length,
    sub: r.querySelector('.gpp-sub').textContent,
  })));
  const jobs = chans.find((c) => c.main === 'jobs chan string');
  if (!jobs) p.push(`no jobs channel: ${JSON.stringify(chans)}`);
  else {
    if (JSON.stringify(jobs.values) !== '["\\"alpha\\"","\\"beta\\""]') p.push(`jobs values ${JSON.stringify(jobs.values)}`);
    if (jobs.where !== '2/4 buffered' || jobs.free !== 2) p.push(`jobs ${JSON.stringify(jobs)}`);
  }
  const done = chans.find((c) => c.main === 'done chan bool');
  if (!done || done.where !== 'unbuffered' || done.sub !== 'receivers waiting: G1') p.push(`done ${JSON.stringify(done)}`);
});

await step('reveal-line', 'clicking a goroutine row reveals its line in the editor', async (p) => {
  await page.click('.gpp-state .gpp-g[data-goid="1"]');
  await page.waitForTimeout(150);
  let line = await activeLine();
  if (line !== MAIN_RECV_LINE) p.push(`after clicking G1 the active line is ${line}, want ${MAIN_RECV_LINE}`);
  const sel = await page.$$eval('.gpp-state .gpp-g.gpp-selected', (rs) => rs.map((r) => r.dataset.goid));
  if (JSON.stringify(sel) !== '["1"]') p.push(`selected rows ${JSON.stringify(sel)}`);
  // G2 is inside sync.Mutex.Lock (the standard library): its line in the
  // program, the Lock call, is revealed.
  await page.focus('.gpp-state .gpp-g[data-goid="2"]');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(150);
  line = await activeLine();
  if (line !== LOCKER_LOCK_LINE) p.push(`after Enter on G2 the active line is ${line}, want ${LOCKER_LOCK_LINE}`);
  // A click on a goroutine's slice in the timeline reveals it too.
  await page.click('#tab-timeline');
  await page.waitForTimeout(150);
  const t = await page.evaluate(() => window.__goparkTimeline.target());
  const box = await page.$eval('.gpp-tl-canvas', (c) => { const r = c.getBoundingClientRect(); return { x: r.left, y: r.top }; });
  const lines = { 1: [MAIN_RECV_LINE], 2: [LOCKER_LOCK_LINE], 3: [WAITER_WAIT_LINE] };
  if (!t || !lines[t.g]) p.push(`timeline target ${JSON.stringify(t)}`);
  else {
    await page.mouse.click(box.x + t.x, box.y + t.y);
    await page.waitForTimeout(150);
    line = await activeLine();
    if (!lines[t.g].includes(line)) p.push(`after clicking G${t.g} in the timeline the active line is ${line}`);
    const sel2 = await page.$$eval('.gpp-state .gpp-g.gpp-selected', (rs) => rs.map((r) => r.dataset.goid));
    if (JSON.stringify(sel2) !== JSON.stringify([String(t.g)])) p.push(`selected rows after the timeline click ${JSON.stringify(sel2)}`);
  }
  await page.click('#tab-state');
});

await step('timeline-pingpong', 'timeline: ping-pong on 4 Ps has segments on several Ps and hand-offs', async (p) => {
  await openAndRun(PINGPONG, 4);
  await waitFrozen();
  await page.click('#tab-timeline');
  await page.waitForTimeout(200);
  const m = await model();
  const busy = m.lanes.filter((l) => l.segments > 0);
  if (busy.length < 2) p.push(`lanes with segments: ${JSON.stringify(m.lanes)}`);
  if (m.segments < 50) p.push(`${m.segments} segments`);
  if (!(m.handoffs > 20)) p.push(`${m.handoffs} hand-offs`);
  if (!m.finished || m.dropped !== 0) p.push(`finished ${m.finished}, dropped ${m.dropped}`);
  const players = new Set(m.lanes.flatMap((l) => l.goroutines));
  for (let g = 2; g <= 9; g++) if (!players.has(g)) p.push(`G${g} never ran`);
  const ink = await canvasInk();
  if (ink.ink < 500 || ink.colors < 4) p.push(`canvas looks blank: ${JSON.stringify(ink)}`);
  const status = await page.$eval('.gpp-tl-status', (e) => e.textContent);
  if (!status.includes(`${m.handoffs} hand-offs`)) p.push(`status ${JSON.stringify(status)}`);
  const out = await page.evaluate(() => window.__gopark.consoleText());
  if (!out.includes('rallies done')) p.push(`console ${JSON.stringify(out.slice(0, 200))}`);
});

await step('timeline-controls', 'timeline: zoom, keyboard pan, hover tooltip, theme colours', async (p) => {
  const before = await model();
  const span0 = before.view[1] - before.view[0];
  await page.click('.gpp-tl-bar button[aria-label="Zoom in"]');
  await page.click('.gpp-tl-bar button[aria-label="Zoom in"]');
  await page.waitForTimeout(100);
  let m = await model();
  const span1 = m.view[1] - m.view[0];
  if (!(Math.abs(span1 - span0 / 4) < span0 * 0.01)) p.push(`zoomed span ${span1}, want ${span0 / 4}`);
  if (await page.$eval('.gpp-tl-scroll', (e) => e.disabled)) p.push('scroll bar disabled while zoomed');
  await page.focus('.gpp-tl-canvas');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(100);
  const m2 = await model();
  if (!(m2.view[1] < m2.domain[1] - span1 * 0.1)) p.push(`ArrowLeft did not pan: ${JSON.stringify(m2.view)} of ${JSON.stringify(m2.domain)}`);
  await page.keyboard.press('0');
  await page.waitForTimeout(100);
  m = await model();
  if (m.view[0] !== m.domain[0] || m.view[1] !== m.domain[1]) p.push(`0 did not fit: ${JSON.stringify(m)}`);
  // Hover the widest segment: the tooltip names its goroutine and function.
  const t = await page.evaluate(() => window.__goparkTimeline.target());
  const box = await page.$eval('.gpp-tl-canvas', (c) => { const r = c.getBoundingClientRect(); return { x: r.left, y: r.top }; });
  if (!t) p.push('no segment to hover');
  else {
    await page.mouse.move(box.x + t.x, box.y + t.y);
    await page.waitForTimeout(100);
    const tip = await page.$eval('.gpp-tl-tip', (e) => ({ hidden: e.hidden, text: e.textContent }));
    // "G3 main.player" (the function when a snapshot named it), "P1 · 1.2 ms – ...".
    const first = tip.text.split('\n')[0];
    if (tip.hidden || !(first === `G${t.g}` || first.startsWith(`G${t.g} `)) || !tip.text.includes(`\nP${t.p} · `))
      p.push(`tooltip ${JSON.stringify(tip)} for ${JSON.stringify(t)}`);
    await shot('timeline-hover');
  }
  // Keyboard inspection: Down picks P0's lane, ] the next slice; its tooltip shows.
  await page.mouse.move(0, 0);
  await page.focus('.gpp-tl-canvas');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press(']');
  await page.waitForTimeout(100);
  const ktip = await page.$eval('.gpp-tl-tip', (e) => ({ hidden: e.hidden, text: e.textContent }));
  if (ktip.hidden || !/^G\d+/.test(ktip.text) || !ktip.text.includes(`\nP${m.lanes[0].p} · `)) p.push(`keyboard tooltip ${JSON.stringify(ktip)}`);
  // The theme button flips data-theme; the canvas re-reads its colours.
  const light = (await canvasInk()).bg;
  await page.click('#theme');
  await page.waitForTimeout(200);
  const dark = (await canvasInk()).bg;
  const theme = await page.evaluate(() => document.documentElement.dataset.theme);
  const lum = (c) => c[0] + c[1] + c[2];
  if (!((theme === 'dark' && lum(dark) < lum(light) - 200) || (theme === 'light' && lum(dark) > lum(light) + 200)))
    p.push(`canvas background ${light} -> ${dark} with theme ${theme}`);
  await page.click('#theme');
});

await step('live', 'live: the panel updates while running, caps rows, then freezes at exit', async (p) => {
  await openAndRun(MANY, 2);
  // Live pushes while main sleeps, once every goroutine is there.
  await page.waitForFunction(() => /^2621 goroutines · .*· live$/.test(document.querySelector('.gpp-state .gpp-header')?.textContent ?? ''),
    null, { timeout: 30000 });
  const h = await header();
  if (!/^2621 goroutines · 1501 channels · 2 Ps · live$/.test(h)) p.push(`live header ${JSON.stringify(h)}`);
  const rows = await goroutineRows();
  if (rows.length !== 500) p.push(`${rows.length} goroutine rows, want 500`);
  // Rows: main, the 1500 alike, the 600 alike, then 497 of the 520 (no two alike).
  const [r0, r1, r2, r3] = rows;
  if (!r0 || r0.goid !== 1 || r0.reason !== ': sleep') p.push(`row 0 ${JSON.stringify(r0)}`);
  if (!r1 || !r1.text.startsWith('G2main.main.func1') || r1.times !== '×1500' || !/on chan c \(#\d+\) and 1499 more like it · also G3, G4, /.test(r1.text))
    p.push(`row 1 ${JSON.stringify(r1)}`);
  if (!r2 || !r2.text.startsWith('G1502main.main.func2') || r2.times !== '×600' || !/on chan shared \(#1\) · also G1503, /.test(r2.text))
    p.push(`row 2 ${JSON.stringify(r2)}`);
  if (!r3 || r3.goid !== 2102 || r3.times !== '') p.push(`row 3 ${JSON.stringify(r3)}`);
  const more = await page.$eval('.gpp-sec[data-section="goroutines"] .gpp-more', (e) => e.textContent).catch(() => '');
  if (more !== '… 23 more goroutines') p.push(`more line ${JSON.stringify(more)}`);
  await shot('live-running');
  // The timeline follows the newest events while the program runs.
  await page.click('#tab-timeline');
  await page.waitForTimeout(150);
  const live = await model();
  if (live.finished || !live.following || live.view[1] !== live.domain[1] || live.segments < 2000)
    p.push(`live timeline ${JSON.stringify({ ...live, lanes: undefined })}`);
  // It ends while the state tab is hidden: the panel shows the final state when shown again.
  await waitFrozen();
  await page.click('#tab-state');
  await page.waitForTimeout(150);
  const fh = await header();
  // main returned: the 2620 goroutines it left behind stay in the final snapshot.
  if (!/^2620 goroutines · 1501 channels · .*frozen at exit$/.test(fh)) p.push(`frozen header ${JSON.stringify(fh)}`);
  const first = await page.$eval('.gpp-state .gpp-g', (r) => r.dataset.goid);
  const more2 = await page.$eval('.gpp-sec[data-section="goroutines"] .gpp-more', (e) => e.textContent).catch(() => '');
  if (first !== '2' || more2 !== '… 22 more goroutines') p.push(`after exit: first row G${first}, ${JSON.stringify(more2)}`);
  const out = await page.evaluate(() => window.__gopark.consoleText());
  if (!out.includes('bye')) p.push(`console ${JSON.stringify(out.slice(0, 200))}`);
});

await page.close();
await context.close();
await browser.close();
await server.close();
console.log(`${passed} passed, ${failed} failed, 0 skipped`);
process.exit(failed ? 1 : 0);
