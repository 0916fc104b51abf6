// Race Condition and Data Race: the fix.
//
// The same two programs as 02_race_condition.go, now correct:
//   - check-then-act: decide the order. main waits (on a channel) until the
//     goroutine has written, then checks. Receiving from the channel happens
//     after the send, and the send after the write, so main sees data == 1.
//   - lost updates: make read-modify-write one critical section. A
//     sync.Mutex lets one goroutine at a time run between Lock and Unlock;
//     the others wait. sync/atomic does the same for a single number.
//
// What to look at in the state panel while it runs:
//   - Mutexes: `mu` has one owner; the other adders queue up as waiters
//     (wait reason "sync.Mutex.Lock"), so no update is lost.
//   - Goroutines: the adders still yield inside the critical section
//     (runtime.Gosched) and still nobody else gets in.
//   - WaitGroup `wg`: its counter falls from 20 to 0 as adders finish.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func checkThenAct() string {
	data := 0
	written := make(chan struct{})
	go func() {
		data++
		close(written) // "I have written": happens after data++
	}()
	<-written // the order is now part of the program
	if data == 0 {
		return "the value is 0"
	}
	return fmt.Sprintf("data is %d, so nothing to print", data)
}

func main() {
	seen := map[string]int{}
	for i := 0; i < 200; i++ {
		seen[checkThenAct()]++
	}
	for outcome, n := range seen { // one outcome only, so map order cannot vary
		fmt.Printf("check-then-act: %q in %d of 200 trials\n", outcome, n)
	}

	var wg sync.WaitGroup
	var mu sync.Mutex
	counter := 0      // guarded by mu
	var atomics int64 // changed only through sync/atomic

	for g := 0; g < 10; g++ {
		wg.Add(2)
		go func() { // with a mutex
			defer wg.Done()
			for i := 0; i < 100; i++ {
				mu.Lock()
				old := counter
				runtime.Gosched() // others may run, but none can enter
				counter = old + 1
				mu.Unlock()
			}
		}()
		go func() { // with an atomic add: read-modify-write in one step
			defer wg.Done()
			for i := 0; i < 100; i++ {
				atomic.AddInt64(&atomics, 1)
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	fmt.Printf("mutex:  counter = %d (want 1000)\n", counter)
	fmt.Printf("atomic: counter = %d (want 1000)\n", atomic.LoadInt64(&atomics))
}

// Output:
// check-then-act: "data is 1, so nothing to print" in 200 of 200 trials
// mutex:  counter = 1000 (want 1000)
// atomic: counter = 1000 (want 1000)
