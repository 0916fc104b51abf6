// limits.mjs - hostile programs on the playground page (web/dist), in
// Chromium: each limit ends the run with Go's message (heap, goroutines,
// stack), a flood of output keeps the page responsive and says what the
// console dropped, an optional time limit stops a long run, the state panel
// counts goroutines a snapshot does not list, and after each a new run
// works. Markup in a program's
// output, in a compile error and in a share link is shown as text and
// never runs. Prints "N passed, N failed, 0 skipped".
//
//   node tests/web/limits.mjs [name-substring]
import { consoleText, expect, runTests, setSource, waitConsole } from './harness.mjs';

const hello = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, playground")\n}\n';

// The program, its run to the end, then hello on the same page.
async function limitThenHello(t, src, re, { server } = {}) {
  const page = await t.open({ server });
  await setSource(page, src);
  await page.click('#run');
  await waitConsole(page, re, 60000);
  await waitConsole(page, /Program exited: status 2\.$/, 10000);
  await setSource(page, hello);
  await page.click('#run');
  await waitConsole(page, /^hello, playground\n+Program exited\.$/);
  return page;
}

const tests = [
  {
    name: 'served with its Content-Security-Policy (no eval, no inline script): runs on both builds without a violation',
    fn: async (t) => {
      for (const server of [t.servers.isolated, t.servers.plain]) {
        const page = await t.open({ server });
        const resp = await page.request.get(`${server.url}/`);
        const csp = resp.headers()['content-security-policy'] ?? '';
        const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? '';
        expect(scriptSrc.includes("'self'") && !/'unsafe-eval'|'unsafe-inline'/.test(scriptSrc), `CSP ${JSON.stringify(csp)}`);
        await page.evaluate(() => {
          window.__violations = [];
          document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
        await setSource(page, hello);
        await page.click('#run');
        await waitConsole(page, /^hello, playground\n+Program exited\.$/);
        const v = await page.evaluate(() => window.__violations);
        expect(v.length === 0, `violations: ${v.join(', ')}`);
      }
    },
  },
  {
    name: 'heap bomb: Go\'s out-of-memory error, then a new run works',
    fn: (t) => limitThenHello(t, 'package main\n\nfunc main() {\n\tvar keep [][]byte\n\tfor {\n\t\tkeep = append(keep, make([]byte, 1<<20))\n\t}\n}\n',
      /^fatal error: runtime: out of memory\n\ngoroutine 1 \[running\]:\nmain\.main\(\)/),
  },
  {
    name: 'heap bomb on the single-thread build (no COOP/COEP): the same',
    fn: (t) => limitThenHello(t, 'package main\n\nfunc main() {\n\tvar keep [][]byte\n\tfor {\n\t\tkeep = append(keep, make([]byte, 1<<20))\n\t}\n}\n',
      /^fatal error: runtime: out of memory\n/, { server: t.servers.plain }),
  },
  {
    name: 'goroutine bomb: out of memory (goroutines count against the heap limit), then a new run works',
    fn: (t) => limitThenHello(t, 'package main\n\nfunc main() {\n\tfor {\n\t\tgo func() { select {} }()\n\t}\n}\n',
      /^fatal error: runtime: out of memory\n/),
  },
  {
    name: 'more goroutines and channels than a snapshot lists (5,000 each): the state panel counts them all and says how many it does not show',
    fn: async (t) => {
      const page = await t.open();
      await setSource(page, 'package main\n\nimport "time"\n\nfunc main() {\n\tblock := make(chan int)\n\tfor i := 0; i < 8000; i++ {\n\t\tgo func() { <-block }()\n\t}\n\tvar keep []chan bool\n\tfor i := 0; i < 6000; i++ {\n\t\tkeep = append(keep, make(chan bool))\n\t}\n\ttime.Sleep(3 * time.Second)\n\tprintln("done", len(keep))\n}\n');
      await page.click('#run');
      const header = () => page.$eval('.gpp-state .gpp-header', (e) => e.textContent);
      await page.waitForFunction(() => /^8001 goroutines · 6001 /.test(document.querySelector('.gpp-state .gpp-header')?.textContent ?? ''),
        null, { timeout: 20000 });
      const h = await header();
      expect(/^8001 goroutines · 6001 channels · .*live$/.test(h), `header ${JSON.stringify(h)}`);
      const count = await page.$eval('.gpp-sec[data-section="goroutines"]', (e) => e.textContent);
      expect(count.includes('8001'), `section ${JSON.stringify(count.slice(0, 120))}`);
      // Listed: main and the 4,999 oldest of the blocked ones (one grouped row).
      const more = await page.$eval('.gpp-sec[data-section="goroutines"] .gpp-more', (e) => e.textContent);
      expect(more === '… 3001 more goroutines', `more line ${JSON.stringify(more)}`);
      const rows = await page.$$eval('.gpp-state .gpp-g', (rs) => rs.map((r) => r.textContent));
      expect(rows.length === 2 && rows[1].includes('×4999'), `rows ${JSON.stringify(rows.map((r) => r.slice(0, 80)))}`);
      // Channels: 500 rows of the 5,000 listed, 1,001 not listed.
      const chans = await page.$eval('.gpp-sec[data-section="channels"]', (e) => e.textContent);
      expect(chans.includes('6001'), `section ${JSON.stringify(chans.slice(0, 120))}`);
      const moreC = await page.$eval('.gpp-sec[data-section="channels"] .gpp-more', (e) => e.textContent);
      expect(moreC === '… 5501 more channels', `channels more line ${JSON.stringify(moreC)}`);
      await waitConsole(page, /^done 6000\n+Program exited\.$/, 20000);
    },
  },
  {
    name: 'unbounded recursion: Go\'s stack overflow at the browser\'s 250 MB limit, then a new run works',
    fn: (t) => limitThenHello(t, 'package main\n\nfunc f(n int) int { return f(n+1) + 1 }\n\nfunc main() {\n\tprintln(f(0))\n}\n',
      /^runtime: goroutine stack exceeds 250000000-byte limit\nfatal error: stack overflow\n/),
  },
  {
    name: 'time limit: a program that runs too long is stopped with a message, then a new run works',
    fn: async (t) => {
      const page = await t.open();
      await page.fill('#timelimit', '1');
      await setSource(page, 'package main\n\nfunc main() {\n\tprintln("spinning")\n\tfor {\n\t}\n}\n');
      const t0 = Date.now();
      await page.click('#run');
      await waitConsole(page, /^spinning\n+Program stopped: the program ran longer than its time limit \(1 s\)\.$/, 10000);
      const ms = Date.now() - t0;
      expect(ms >= 1000 && ms < 4000, `stopped after ${ms} ms`);
      await setSource(page, hello);
      await page.click('#run');
      await waitConsole(page, /^hello, playground\n+Program exited\.$/);
    },
  },
  {
    name: 'output flood: the page stays responsive, says how many older lines it dropped, keeps the newest',
    fn: async (t) => {
      const page = await t.open();
      await setSource(page, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := 0; i < 200000; i++ {\n\t\tfmt.Println("line", i)\n\t}\n}\n');
      await page.click('#run');
      // While it prints, the page answers within a frame or two.
      let slowest = 0;
      while (await page.evaluate(() => window.__gopark.isRunning())) {
        const t0 = Date.now();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
        slowest = Math.max(slowest, Date.now() - t0);
      }
      expect(slowest < 1000, `a frame took ${slowest} ms during the flood`);
      await waitConsole(page, /line 199999\n+Program exited\.$/);
      const notice = await page.locator('.gp-console-dropped');
      expect(await notice.isVisible(), 'no notice of dropped lines');
      const text = await notice.textContent();
      const n = Number((/^([\d,]+) older lines dropped/.exec(text)?.[1] ?? '').replace(/,/g, ''));
      expect(n > 190000 && n < 200000, `notice says ${JSON.stringify(text)}`);
      const kept = (await consoleText(page)).split('\n');
      expect(kept.length > 4000 && kept.length < 6000, `the console holds ${kept.length} lines`);
      await setSource(page, hello);
      await page.click('#run');
      await waitConsole(page, /^hello, playground\n+Program exited\.$/);
      expect(!(await notice.isVisible()), 'the notice stays after a new run');
    },
  },
  {
    name: 'markup in output, in a compile error and in a share link is text: nothing runs',
    fn: async (t) => {
      const evil = '<img src=x onerror="window.__xss=1">';
      const prog = `package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(${JSON.stringify(evil)})\n\tprintln(${JSON.stringify(evil)})\n}\n`;
      const page = await t.open();
      await setSource(page, prog);
      await page.click('#run');
      await waitConsole(page, /Program exited\.$/);
      expect((await consoleText(page)).startsWith(`${evil}\n`), `output:\n${await consoleText(page)}`);
      // A compile error quoting markup (an import path and an identifier).
      await setSource(page, `package main\n\nimport ${JSON.stringify(evil)}\n\nfunc main() {\n\tvar img_src_x_onerror int\n}\n`);
      await page.click('#run');
      await waitConsole(page, /Program exited: status 1\.$/);
      expect((await consoleText(page)).includes('img src=x onerror'), `no error quoting the path:\n${await consoleText(page)}`);
      // The same program opened from a share link.
      await page.click('#share');
      await page.waitForSelector('#share-link:visible', { timeout: 3000 });
      const link = await page.inputValue('#share-link');
      expect(/#code=/.test(link), `share copied ${JSON.stringify(link)}`);
      const hash = link.slice(link.indexOf('#'));
      const page2 = await t.open({ hash });
      await page2.click('#run');
      await waitConsole(page2, /package <img src=x onerror="window.__xss=1"> is not in std[\s\S]*Program exited: status 1\.$/);
      for (const p of [page, page2]) {
        await p.mouse.move(300, 200);
        await p.waitForTimeout(300);  // an onerror would have fired by now
        const bad = await p.evaluate(() => ({ xss: window.__xss, imgs: document.querySelectorAll('img').length }));
        expect(bad.xss === undefined && bad.imgs === 0, `markup ran: ${JSON.stringify(bad)}`);
      }
    },
  },
];

await runTests('limits', tests, process.argv[2]);
