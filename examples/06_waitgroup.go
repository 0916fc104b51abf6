// WaitGroup: waiting for a group of goroutines to finish.
//
// A sync.WaitGroup is a counter: Add(1) before starting each goroutine,
// Done() (Add(-1)) when it finishes, and Wait() blocks until the counter is
// back to zero. Call Add before the `go` statement, not inside the new
// goroutine, or Wait may run before the goroutine has counted itself.
//
// Each greeter sleeps a different time before printing, so they finish one
// after another: the greetings come out in the order of their delays, not
// the order the goroutines were started.
//
// What to look at in the state panel while it runs:
//   - WaitGroups: the counter starts at 3 and drops by one as each greeter
//     calls Done; main waits with wait reason "sync.WaitGroup.Wait".
//   - Goroutines: the greeters sleep ("sleep") for 30, 10 and 20ms.
//   - Under the virtual clock the sleeps pass instantly, in order.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup

	greetings := []struct {
		text  string
		delay time.Duration
	}{
		{"hello", 30 * time.Millisecond},
		{"greetings", 10 * time.Millisecond},
		{"good day", 20 * time.Millisecond},
	}

	for _, g := range greetings {
		wg.Add(1) // count the goroutine before it starts
		go func() {
			defer wg.Done() // uncount it, however it ends
			time.Sleep(g.delay)
			fmt.Println(g.text, "after", g.delay)
		}()
	}

	wg.Wait() // until all three have called Done
	fmt.Println("all greeters are done")
}

// Output:
// greetings after 10ms
// good day after 20ms
// hello after 30ms
// all greeters are done
