// Starvation: one goroutine gets the lion's share of a shared resource.
//
// Starvation is when a goroutine cannot get the resources it needs to do
// its work. Here two workers share one mutex for a second. Both do the
// same work per loop (3ms with the lock held), but:
//   - the greedy worker holds the lock for its whole 3ms at once;
//   - the polite worker takes the lock three times, 1ms each, letting go
//     in between, as if it only locked what it strictly needed.
//
// Every time the polite worker lets go, the greedy one gets in and keeps
// the lock for 3ms. So the polite worker does far fewer loops.
// Neither is stuck (no deadlock, no livelock), but one is starved.
// 19_starvation_fixed.go shows the fair version.
//
// What to look at in the state panel while it runs:
//   - Mutexes: the owner alternates greedy, polite, greedy, polite...; each
//     turn of the greedy worker is three times as long.
//   - Goroutines: the worker without the lock waits with "sync.Mutex.Lock".
//   - Under the virtual clock the second of work takes no wall time.
//
// What varies: the exact counts, which depend on how the mutex hands over
// between waiters (Go's mutex lets an unlocking goroutine grab the lock
// again unless a waiter has waited over 1ms; then it hands it over
// directly). Go gives the greedy worker two to three times as many loops.
// The program checks that the greedy worker did more; the count lines are
// matched by a regexp (see examples/README.md).
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var sharedLock sync.Mutex
	const runtime = 1 * time.Second

	greedyWorker := func(count *int) {
		defer wg.Done()
		for begin := time.Now(); time.Since(begin) <= runtime; {
			sharedLock.Lock()
			time.Sleep(3 * time.Millisecond) // all the work in one go
			sharedLock.Unlock()
			*count++
		}
	}

	politeWorker := func(count *int) {
		defer wg.Done()
		for begin := time.Now(); time.Since(begin) <= runtime; {
			for step := 0; step < 3; step++ { // the same 3ms, in 3 turns
				sharedLock.Lock()
				time.Sleep(1 * time.Millisecond)
				sharedLock.Unlock()
			}
			*count++
		}
	}

	var greedy, polite int
	wg.Add(2)
	go greedyWorker(&greedy)
	go politeWorker(&polite)
	wg.Wait()

	fmt.Printf("Greedy worker was able to execute %d work loops\n", greedy)
	fmt.Printf("Polite worker was able to execute %d work loops\n", polite)
	fmt.Println("the greedy worker did more loops:", greedy > polite)
}

// Output regexp:
// Greedy worker was able to execute \d+ work loops
// Polite worker was able to execute \d+ work loops
// the greedy worker did more loops: true
