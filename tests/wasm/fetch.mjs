// fetch.mjs - net/http through the host's fetch(), on one wasm build:
//
//   node tests/wasm/fetch.mjs threads|single
//
// A local HTTP server answers; Go programs (run through the runner
// protocol) GET and POST to it, while other goroutines keep running, and
// read status, headers and body as Go would print them. A request to a
// port nobody listens on fails with a url.Error saying it was refused,
// and the program goes on. Prints "N passed, N failed, 0 skipped".
import { createServer } from 'node:http';
import { Runner, nodeWorker } from '../../wasm/client.mjs';

const build = process.argv[2] ?? 'threads';
let passed = 0, failed = 0;
function check(name, problems) {
  if (problems.length) {
    failed++;
    console.log(`FAIL ${build}: ${name}\n  ${problems.join('\n  ')}`);
  } else {
    passed++;
  }
}

const server = createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    if (req.url === '/hello') {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Gopark': 'yes' });
      res.end('hello, 世界\n');
    } else if (req.url === '/echo' && req.method === 'POST') {
      res.writeHead(201, { 'Content-Type': 'text/plain' });
      res.end(`${req.headers['content-type']} ${req.headers['x-custom']} ${body}`);
    } else {
      res.writeHead(404);
      res.end('no such page\n');
    }
  });
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
// A port that was free a moment ago: nobody listens there.
const closed = await new Promise((r) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => r(p)); });
});

async function runGo(runner, src, args) {
  let out = '';
  const exit = await runner.run({ source: src, args }, { output: (fd, b) => { out += Buffer.from(b).toString('utf8'); } });
  return { exit, out };
}

const runner = new Runner(nodeWorker(build));

{
  const src = `package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync/atomic"
	"time"
)

func main() {
	var ticks atomic.Int64
	stop := make(chan bool)
	go func() { // keeps running while main waits for the network
		for {
			select {
			case <-stop:
				return
			default:
				ticks.Add(1)
				time.Sleep(time.Millisecond)
			}
		}
	}()
	resp, err := http.Get(os.Args[1] + "/hello")
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.Status, resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("X-Gopark"))
	fmt.Printf("%q\\n", body)

	req, _ := http.NewRequest("POST", os.Args[1]+"/echo", strings.NewReader("posted body"))
	req.Header.Set("Content-Type", "text/x-go")
	req.Header.Set("X-Custom", "custom value")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	body, _ = io.ReadAll(resp.Body)
	fmt.Println(resp.StatusCode, string(body))

	resp, _ = http.Get(os.Args[1] + "/missing")
	fmt.Println(resp.Status)
	close(stop)
	fmt.Println("other goroutine ran:", ticks.Load() > 0)
}
`;
  const { exit, out } = await runGo(runner, src, [base]);
  const want = '200 OK 200 text/plain; charset=utf-8 yes\n"hello, 世界\\n"\n201 text/x-go custom value posted body\n404 Not Found\nother goroutine ran: true\n';
  const problems = [];
  if (exit.status !== 0) problems.push(`status ${exit.status} (${exit.reason})`);
  if (out !== want) problems.push(`output:\n${out}--- want\n${want}`);
  check('GET and POST through fetch, headers, status, body', problems);
}

{
  const src = `package main

import (
	"fmt"
	"net/http"
	"os"
)

func main() {
	_, err := http.Get(os.Args[1])
	fmt.Println(err)
	fmt.Println("still running")
}
`;
  const url = `http://127.0.0.1:${closed}/x`;
  const { exit, out } = await runGo(runner, src, [url]);
  const problems = [];
  if (exit.status !== 0) problems.push(`status ${exit.status}`);
  const lines = out.split('\n');
  if (!lines[0].startsWith(`Get "${url}": fetch failed: `) || !/ECONNREFUSED|refused/.test(lines[0]))
    problems.push(`error line ${JSON.stringify(lines[0])}`);
  if (lines[1] !== 'still running') problems.push(`then ${JSON.stringify(lines[1])}`);
  check('a refused request is a clear error, not a crash', problems);
}

{
  // A program blocked only on the network is not deadlocked, and Stop ends it.
  const src = `package main

import (
	"fmt"
	"net/http"
	"os"
)

func main() {
	fmt.Println("asking")
	_, err := http.Get(os.Args[1])
	fmt.Println("answered", err)
}
`;
  const slow = createServer(() => {});  // never answers
  await new Promise((r) => slow.listen(0, '127.0.0.1', r));
  let out = '';
  let asked;
  const asking = new Promise((r) => { asked = r; });
  const done = runner.run({ source: src, args: [`http://127.0.0.1:${slow.address().port}/`] },
    { output: (fd, b) => { out += Buffer.from(b).toString(); asked(); } });
  await asking;
  await new Promise((r) => setTimeout(r, 300));  // long enough to notice a deadlock
  const stopped = await runner.stop();
  const exit = await done;
  slow.closeAllConnections();
  slow.close();
  const problems = [];
  if (out !== 'asking\n') problems.push(`output ${JSON.stringify(out)} (a deadlock report?)`);
  if (exit.reason !== 'stopped') problems.push(`reason ${exit.reason}, want stopped`);
  problems.push(...(await runGo(runner, 'package main\n\nfunc main() { println("next") }\n', [])).out === 'next\n' ? [] : ['the next run failed']);
  check('waiting on the network is not a deadlock; Stop ends it', problems);
}

await runner.close();
server.close();
console.log(`${passed} passed, ${failed} failed, 0 skipped`);
process.exit(failed ? 1 : 0);
