// output.mjs - program output through the runner protocol, on one wasm
// build:
//
//   node tests/wasm/output.mjs threads|single
//
// - A program printing 500,000 lines (6 MB) as fast as it can, read by a slow
//   consumer (it "renders" 2 MB a second, one chunk after another): every
//   line arrives, in
//   order, and the output waiting for the consumer stays bounded (the
//   runner holds the program back instead of flooding the page). Again
//   with live snapshots and trace events on: a snapshot stopping the world
//   while a writer waited for the page once stalled the run for good.
// - stdout and stderr interleaved line by line keep their order.
// - Multi-byte UTF-8 text split anywhere still decodes to the same text.
// - traceLimit caps the trace events of a push.
// Prints one line per failure and "N passed, N failed, 0 skipped".
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

// With warmUp, as the page's runner: ready only after silent warm-up runs.
const runner = new Runner(nodeWorker(build, { warmUp: true }));

// as: extra run options; the page asks for live snapshots and trace events,
// and a snapshot stops the world while a writer waits for the page.
async function flood(name, as) {
  const n = 500000;
  const src = `package main

import "fmt"

func main() {
	for i := 0; i < ${n}; i++ {
		fmt.Println("line", i)
	}
}
`;
  const chunks = [];
  let waiting = 0, maxWaiting = 0;
  let screen = Promise.resolve();  // the chunks being rendered, in turn
  const done = runner.run({ source: src, procs: 2, ...as }, {
    snapshot: () => {},
    trace: () => {},
    output: (fd, bytes) => {
      chunks.push(Buffer.from(bytes));
      waiting += bytes.length;
      maxWaiting = Math.max(maxWaiting, waiting);
      screen = screen.then(() => new Promise((r) => setTimeout(() => { waiting -= bytes.length; r(); }, bytes.length / 2000)));
      return screen;
    },
  });
  const exit = await Promise.race([done, new Promise((r) => setTimeout(() => r({ status: 'none: the run did not end within 60 s' }), 60000))]);
  const lines = Buffer.concat(chunks).toString('utf8').split('\n');
  const problems = [];
  if (exit.status !== 0) problems.push(`status ${exit.status}`);
  if (lines.length !== n + 1) problems.push(`${lines.length - 1} lines, want ${n}`);
  const bad = lines.slice(0, n).findIndex((l, i) => l !== `line ${i}`);
  if (bad >= 0) problems.push(`line ${bad} is ${JSON.stringify(lines[bad])}`);
  // The runner stops taking output at 1 MiB unacknowledged; one more
  // batch (at most the engine's 1 MiB buffer) may be in flight.
  if (maxWaiting > 2.5 * (1 << 20)) problems.push(`${maxWaiting} bytes waited for the consumer at once`);
  check(name, problems);
}
await flood('a flood of output reaches a slow consumer whole, in order, bounded', {});
await flood('... also with live snapshots and trace events, as on the page', { snapshots: true, trace: true, traceLimit: 20000 });

{
  const src = `package main

import (
	"fmt"
	"os"
)

func main() {
	for i := 0; i < 2000; i++ {
		if i%3 == 0 {
			fmt.Fprintln(os.Stderr, "err", i)
		} else {
			fmt.Println("out", i)
		}
	}
}
`;
  const got = [];
  const exit = await runner.run({ source: src }, { output: (fd, b) => got.push([fd, Buffer.from(b)]) });
  // Rebuild the line sequence with each line's stream.
  const lines = [];
  let partial = { 1: '', 2: '' };
  for (const [fd, b] of got) {
    const text = partial[fd] + b.toString('utf8');
    const parts = text.split('\n');
    partial[fd] = parts.pop();
    for (const p of parts) lines.push(`${fd} ${p}`);
  }
  const want = [];
  for (let i = 0; i < 2000; i++) want.push(i % 3 === 0 ? `2 err ${i}` : `1 out ${i}`);
  const problems = [];
  if (exit.status !== 0) problems.push(`status ${exit.status}`);
  if (lines.join('\n') !== want.join('\n')) problems.push(`order differs; first lines: ${lines.slice(0, 5).join(' | ')}`);
  check('stdout and stderr keep their order', problems);
}

{
  const src = `package main

import "fmt"

func main() {
	for i := 0; i < 30000; i++ {
		fmt.Print("héllo, 世界 🌍 ")
	}
	fmt.Println()
}
`;
  const chunks = [];
  const exit = await runner.run({ source: src }, { output: (fd, b) => chunks.push(Buffer.from(b)) });
  const text = Buffer.concat(chunks).toString('utf8');
  const want = 'héllo, 世界 🌍 '.repeat(30000) + '\n';
  check('UTF-8 text arrives intact', exit.status === 0 && text === want ? [] : [`status ${exit.status}, ${text.length} chars, want ${want.length}`]);
}

{
  // traceLimit caps each trace push (and the exit's events) at the newest
  // events; the rest are counted as dropped, none silently lost.
  const src = `package main

func main() {
	c := make(chan int)
	go func() {
		for i := 0; i < 200000; i++ {
			c <- i
		}
		close(c)
	}()
	for range c {
	}
}
`;
  const limit = 500;
  let pushes = 0, largest = 0, events = 0, dropped = 0;
  const exit = await runner.run({ source: src, procs: 2, trace: true, traceLimit: limit }, {
    output: () => {},
    trace: (evs, d) => { pushes++; largest = Math.max(largest, evs.length); events += evs.length; dropped += d; },
  });
  largest = Math.max(largest, exit.events.length);
  events += exit.events.length;
  dropped += exit.dropped;
  const problems = [];
  if (exit.status !== 0) problems.push(`status ${exit.status}`);
  if (largest > limit) problems.push(`a push of ${largest} events, limit ${limit}`);
  // 200,000 hand-offs record at least one event each.
  if (events + dropped < 200000 || dropped === 0) problems.push(`${events} events and ${dropped} dropped in ${pushes} pushes`);
  check('traceLimit caps the events of a push and counts the rest as dropped', problems);
}

await runner.close();
console.log(`${passed} passed, ${failed} failed, 0 skipped`);
process.exit(failed ? 1 : 0);
