// stop.mjs - Stop through the runner protocol, on one wasm build:
//
//   node tests/wasm/stop.mjs threads|single
//
// Each case starts a program that would never end, stops it once it is
// clearly running (its first output arrived, or 100 ms passed), and checks
// that the run ended with reason "stopped" and status 130 within 200 ms of
// the stop, and that a program run next on the same Runner works. One more
// case drops the stop message on its way to the worker (a worker too busy
// to answer): the client must replace the worker after 200 ms (reason
// "killed") and the next run must work on the new worker.
// Prints one line per failure and "N passed, N failed, 0 skipped".
import { Runner, nodeWorker, kStopGraceMs, kStoppedStatus } from '../../wasm/client.mjs';

const build = process.argv[2] ?? 'threads';

const programs = {
  'for {}': `package main

func main() {
	println("spinning")
	for {
	}
}
`,
  'blocked in select': `package main

import "time"

func main() {
	c := make(chan int)
	go func() {
		for {
			time.Sleep(time.Hour)
		}
	}()
	println("waiting")
	select {
	case <-c:
	case <-time.After(time.Hour):
	}
}
`,
  'printing in a loop': `package main

import "fmt"

func main() {
	for i := 0; ; i++ {
		fmt.Println("line", i)
	}
}
`,
  'goroutines spinning on every P': `package main

func spin() {
	for {
	}
}

func main() {
	for i := 0; i < 8; i++ {
		go spin()
	}
	println("spinning")
	spin()
}
`,
};

const hello = `package main

import "fmt"

func main() { fmt.Println("hello after stop") }
`;

let passed = 0, failed = 0;
function check(name, problems) {
  if (problems.length) {
    failed++;
    console.log(`FAIL ${build}: ${name}\n  ${problems.join('\n  ')}`);
  } else {
    passed++;
  }
}

// Runs src, stops it when it has printed (or after 100 ms); returns the
// exit message, the ms from stop() to the end, and the bytes printed.
async function runAndStop(runner, src, procs) {
  let printed = 0;
  let sawOutput;
  const first = new Promise((resolve) => { sawOutput = resolve; });
  const done = runner.run({ source: src, procs }, {
    output: (fd, bytes) => { printed += bytes.length; sawOutput(); },
  });
  await Promise.race([first, new Promise((r) => setTimeout(r, 2000))]);
  await new Promise((r) => setTimeout(r, 100));
  const t0 = performance.now();
  const stopped = await runner.stop();
  const ms = performance.now() - t0;
  const exit = await done;
  return { exit, stopped, ms, printed };
}

async function afterwards(runner) {
  let out = '';
  const exit = await runner.run({ source: hello }, { output: (fd, b) => { out += Buffer.from(b).toString(); } });
  return exit.status === 0 && out === 'hello after stop\n' ? [] : [`the next run gave status ${exit.status}, output ${JSON.stringify(out)}`];
}

const runner = new Runner(nodeWorker(build));
await runner.ready();
for (const procs of build === 'threads' ? [1, 4] : [1]) {
  for (const [name, src] of Object.entries(programs)) {
    const { exit, ms, printed } = await runAndStop(runner, src, procs);
    const problems = [];
    if (exit.reason !== 'stopped') problems.push(`reason ${exit.reason} (${exit.message ?? ''}), want stopped`);
    if (exit.status !== kStoppedStatus) problems.push(`status ${exit.status}, want ${kStoppedStatus}`);
    if (ms > kStopGraceMs) problems.push(`took ${ms.toFixed(0)} ms to stop`);
    if (printed === 0) problems.push('printed nothing before the stop');
    problems.push(...await afterwards(runner));
    check(`${name} (-p ${procs}) stops within ${kStopGraceMs} ms`, problems);
  }
}
await runner.close();

// A worker that never sees the stop: killed and replaced.
{
  const real = nodeWorker(build);
  const deaf = async () => {
    const w = await real();
    return { ...w, post: (m) => { if (m.type !== 'stop') w.post(m); } };
  };
  const r = new Runner(deaf);
  await r.ready();
  const { exit, ms } = await runAndStop(r, programs['for {}'], 1);
  const problems = [];
  if (exit.reason !== 'killed') problems.push(`reason ${exit.reason}, want killed`);
  if (ms < kStopGraceMs - 10 || ms > kStopGraceMs + 100) problems.push(`ended ${ms.toFixed(0)} ms after the stop, want just over ${kStopGraceMs}`);
  if (r.restarts !== 1) problems.push(`${r.restarts} worker restarts, want 1`);
  problems.push(...await afterwards(r));
  check('a worker that does not stop is replaced after 200 ms', problems);
  await r.close();
}

console.log(`${passed} passed, ${failed} failed, 0 skipped`);
process.exit(failed ? 1 : 0);
