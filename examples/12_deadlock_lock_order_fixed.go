// Deadlocks (2 of 4): the fix for 11 — always lock in the same order.
//
// The deadlock in 11_deadlock_lock_order.go needed a circle: one goroutine
// held a and wanted b, the other held b and wanted a. If every goroutine
// takes the locks in one global order (here: by name), the circle cannot
// form. Whoever gets the first lock also gets the second; the other waits
// for the first lock while holding nothing.
//
// What to look at in the state panel while it runs:
//   - Mutexes: both goroutines ask for a first. One owns a (and then b);
//     the other waits on a while holding nothing, so it blocks nobody.
//   - Goroutines: the waiter shows "sync.Mutex.Lock" until the first
//     printSum unlocks both.
package main

import (
	"fmt"
	"sync"
	"time"
)

type value struct {
	mu    sync.Mutex
	name  string
	value int
}

// lockBoth locks v1 and v2 in the global order (by name), whatever order
// the caller passes them in, and returns a function that unlocks both.
func lockBoth(v1, v2 *value) (unlock func()) {
	first, second := v1, v2
	if second.name < first.name {
		first, second = second, first
	}
	first.mu.Lock()
	second.mu.Lock()
	return func() {
		second.mu.Unlock()
		first.mu.Unlock()
	}
}

func main() {
	var wg sync.WaitGroup
	var printMu sync.Mutex // keeps the two lines of each printSum together
	printSum := func(v1, v2 *value) {
		defer wg.Done()
		unlock := lockBoth(v1, v2)
		defer unlock()

		time.Sleep(10 * time.Millisecond) // the same pause as in 11: harmless now

		printMu.Lock()
		fmt.Printf("printSum(%s, %s): sum=%v\n", v1.name, v2.name, v1.value+v2.value)
		printMu.Unlock()
	}

	a := &value{name: "a", value: 1}
	b := &value{name: "b", value: 2}
	wg.Add(2)
	go printSum(a, b)
	time.Sleep(time.Millisecond) // as in 11
	go printSum(b, a)
	wg.Wait()
	fmt.Println("both sums printed, no deadlock")
}

// Output:
// printSum(a, b): sum=3
// printSum(b, a): sum=3
// both sums printed, no deadlock
