// reuse.mjs - one Runner, many runs: nothing of a run may reach the next.
//
//   node tests/wasm/reuse.mjs threads|single
//
// The page and the test runners keep one engine for every run. A run can end
// with goroutines still parked - main returned, a deadlock, a Stop - and the
// runtime state they were parked in (semaphore waiters, channel queues,
// timers) must end with the run. Each round runs three such "leavers", each
// followed on the same Runner by a program that uses the same kinds of
// objects (and, as allocation repeats, often the same addresses) and must
// print exactly what it prints on a fresh engine. A shared semaphore table
// once let a later run's WaitGroup wake a dead run's goroutine: a false
// deadlock, a hang or a memory fault, depending on the round.
// Prints one line per failure and "N passed, N failed, 0 skipped".
import { Runner, nodeWorker } from '../../wasm/client.mjs';

const build = process.argv[2] ?? 'threads';
const kRounds = 4;

// Goroutines parked on every kind of object, at the same addresses each run
// (package variables are allocated first).
const parkEverywhere = `
var (
	mus  [16]sync.Mutex
	rws  [16]sync.RWMutex
	wgs  [16]sync.WaitGroup
	cond = sync.NewCond(&sync.Mutex{})
	ch   = make(chan int)
)

func park() {
	for i := range mus {
		mus[i].Lock()
		rws[i].Lock()
		wgs[i].Add(1)
		go func(i int) { mus[i].Lock() }(i)
		go func(i int) { rws[i].RLock() }(i)
		go func(i int) { wgs[i].Wait() }(i)
		go func() { cond.L.Lock(); cond.Wait() }()
		go func() { <-ch }()
		go func() {
			select {
			case <-ch:
			case <-time.After(time.Hour):
			}
		}()
	}
	time.Sleep(10 * time.Millisecond) // let every one of them park
}
`;

const leavers = {
  'main returns': `package main

import (
	"sync"
	"time"
)
${parkEverywhere}
func main() {
	park()
	println("returning")
}
`,
  'deadlock': `package main

import (
	"sync"
	"time"
)
${parkEverywhere}
func main() {
	park()
	println("deadlocking")
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Wait()
}
`,
  'stopped': `package main

import (
	"sync"
	"time"
)
${parkEverywhere}
func main() {
	park()
	println("spinning")
	for {
	}
}
`,
};

// Uses the same kinds of objects, ending each use properly.
const follower = `package main

import (
	"fmt"
	"sync"
	"time"
)

func round(n int) int {
	done := make(chan struct{})
	result := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var rw sync.RWMutex
	count := 0
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			count++
			mu.Unlock()
			rw.RLock()
			rw.RUnlock()
			select {
			case <-done:
				return
			case <-time.After(time.Duration(id+1) * time.Millisecond):
			}
			select {
			case <-done:
			case result <- id:
			}
		}(i)
	}
	first := <-result
	close(done)
	wg.Wait()
	return first + count
}

func main() {
	sum := 0
	for r := 0; r < 200; r++ {
		sum += round(10)
	}
	c := sync.NewCond(&sync.Mutex{})
	var ready sync.WaitGroup
	woke := make(chan bool, 8)
	ready.Add(8)
	for i := 0; i < 8; i++ {
		go func() {
			c.L.Lock()
			ready.Done()
			c.Wait()
			c.L.Unlock()
			woke <- true
		}()
	}
	ready.Wait()
	c.L.Lock()
	c.Broadcast()
	c.L.Unlock()
	for i := 0; i < 8; i++ {
		<-woke
	}
	fmt.Println("sum", sum, "cond ok")
}
`;
const followerWant = 'sum 2000 cond ok\n';

let passed = 0, failed = 0;
function check(name, problems) {
  if (problems.length) {
    failed++;
    console.log(`FAIL ${build}: ${name}\n  ${problems.join('\n  ')}`);
  } else {
    passed++;
  }
}

async function run(runner, source, procs, stopAfterOutput = false) {
  let out = '';
  let sawOutput;
  const first = new Promise((resolve) => { sawOutput = resolve; });
  const done = runner.run({ source, procs, clock: 'fake' }, {
    output: (fd, b) => { out += Buffer.from(b).toString(); sawOutput(); },
  });
  if (stopAfterOutput) {
    await Promise.race([first, new Promise((r) => setTimeout(r, 5000))]);
    await runner.stop();
  }
  const timeout = new Promise((r) => setTimeout(() => r({ status: -1, reason: 'timeout' }), 30000));
  const exit = await Promise.race([done, timeout]);
  return { exit, out };
}

const runner = new Runner(nodeWorker(build));
await runner.ready();
for (let round = 1; round <= kRounds; round++) {
  for (const procs of build === 'threads' ? [1, 4] : [1]) {
    for (const [name, src] of Object.entries(leavers)) {
      const problems = [];
      const left = await run(runner, src, procs, name === 'stopped');
      const want = { 'main returns': 0, deadlock: 2, stopped: 130 }[name];
      if (left.exit.status !== want) problems.push(`the leaver ended with status ${left.exit.status} (${left.exit.reason}), want ${want}: ${left.out.slice(0, 300)}`);
      const next = await run(runner, follower, procs);
      if (next.exit.status !== 0 || next.out !== followerWant)
        problems.push(`the next run gave status ${next.exit.status} (${next.exit.reason ?? ''}), output ${JSON.stringify(next.out.slice(0, 600))}, want ${JSON.stringify(followerWant)}`);
      check(`round ${round}, -p ${procs}: after a run that ${name === 'stopped' ? 'was stopped' : name === 'deadlock' ? 'deadlocked' : 'returned'} with goroutines parked, the next run is right`, problems);
    }
  }
}
await runner.close();
console.log(`${passed} passed, ${failed} failed, 0 skipped`);
process.exit(failed ? 1 : 0);
