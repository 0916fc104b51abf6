// Starvation: the fix for 18 — make the turns the same size.
//
// In 18_starvation.go the polite worker lost because it asked for the lock
// three times per loop while the greedy one asked once, and every request
// meant queueing behind a 3ms turn. Two ways out:
//   - balance the critical sections: here both workers hold the lock once
//     per loop for the same 3ms, so they alternate evenly;
//   - or, when a fixed share matters, pass the turn explicitly (a token
//     on a channel), instead of relying on how a mutex happens to hand over.
//
// The general lesson from the guide: finding a balance between
// fine-grained locking (good for the others) and coarse-grained locking
// (good for yourself) is a matter of measuring, as this program does.
//
// What to look at in the state panel while it runs:
//   - Mutexes: the owner alternates A, B, A, B... with turns of equal length.
//   - Goroutines: the one without the lock waits with "sync.Mutex.Lock".
//
// What varies: the exact counts (each near 1000ms / 6ms). The program
// checks that the two shares differ by less than 10%; the count lines
// are matched by a regexp (see examples/README.md).
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

	worker := func(count *int) {
		defer wg.Done()
		for begin := time.Now(); time.Since(begin) <= runtime; {
			sharedLock.Lock()
			time.Sleep(3 * time.Millisecond) // the loop's work, one turn
			sharedLock.Unlock()
			*count++
		}
	}

	var a, b int
	wg.Add(2)
	go worker(&a)
	go worker(&b)
	wg.Wait()

	fmt.Printf("Worker A was able to execute %d work loops\n", a)
	fmt.Printf("Worker B was able to execute %d work loops\n", b)
	diff := a - b
	if diff < 0 {
		diff = -diff
	}
	fmt.Println("fair shares (within 10%):", diff*10 < a+b)
}

// Output regexp:
// Worker A was able to execute \d+ work loops
// Worker B was able to execute \d+ work loops
// fair shares \(within 10%\): true
