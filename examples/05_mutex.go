// Mutex: protecting a critical section with sync.Mutex.
//
// A Counter keeps its value next to the mutex that guards it. Increment
// locks, changes the value and unlocks (with defer, so the unlock happens
// even if the code in between returns early or panics). Four goroutines
// count at the same time; no increment is lost.
//
// To make the waiting visible, each goroutine also takes a "slow" turn:
// it holds the lock while it sleeps for 5ms.
//
// What to look at in the state panel while it runs:
//   - Mutexes: the counter's mutex shows its owner (the goroutine that
//     locked it) and a queue of waiters with wait reason "sync.Mutex.Lock".
//   - Goroutines: only the owner is sleeping ("sleep"); the others are not
//     running, they wait for the mutex, not for the clock.
//   - WaitGroup: the counter falls from 4 to 0 as the counters finish.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Counter struct {
	mu    sync.Mutex // guards value
	value int
}

func (c *Counter) Increment() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.value++
}

// SlowIncrement holds the lock for a while, as real work would.
func (c *Counter) SlowIncrement(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	time.Sleep(d) // everybody else who wants the lock waits now
	c.value++
}

func (c *Counter) Value() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.value
}

func main() {
	var c Counter
	var wg sync.WaitGroup

	start := time.Now()
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				c.Increment()
			}
			c.SlowIncrement(5 * time.Millisecond)
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)

	fmt.Println("value:", c.Value(), "(want 4004)")
	// The four slow turns could not overlap: one holder at a time.
	fmt.Println("the slow turns took turns:", elapsed >= 20*time.Millisecond)
}

// Output:
// value: 4004 (want 4004)
// the slow turns took turns: true
