// Channels: select — waiting on several channel operations at once.
//
// A select looks at all its cases together and runs one that is ready.
// It is not a switch: the cases are not tried from top to bottom.
//  1. When several cases are ready, Go picks one at random, uniformly, so
//     no case is starved. Two closed channels, 1000 selects: each case
//     wins about half the time.
//  2. When none is ready, select waits; time.After gives it a timeout.
//  3. With a default case, select never waits: default runs at once when
//     nothing else is ready.
//  4. A loop around select with a `done` channel: do work until told to
//     stop (break with a label leaves the for loop, not just the select).
//
// What to look at in the state panel while it runs:
//   - Goroutines: main waits in "select" (part 2) on a nil channel and a
//     timer; in part 4 it sleeps 1s per cycle while the closer sleeps
//     4.5s before it closes `done`.
//   - Under the virtual clock the 5 seconds of part 4 take no wall time.
//
// What varies: how the 1001 selects of part 1 split between c1 and c2.
// The program checks that both were chosen a fair number of times and
// prints only that.
package main

import (
	"fmt"
	"time"
)

func main() {
	// 1. Both ready: a random, fair choice.
	c1 := make(chan any)
	close(c1)
	c2 := make(chan any)
	close(c2)
	var c1Count, c2Count int
	for i := 1000; i >= 0; i-- {
		select {
		case <-c1:
			c1Count++
		case <-c2:
			c2Count++
		}
	}
	fmt.Printf("1001 selects: c1+c2 = %d, each chosen 400 times or more: %v\n",
		c1Count+c2Count, c1Count >= 400 && c2Count >= 400)

	// 2. Nothing ready: a timeout.
	var never <-chan int
	start := time.Now()
	select {
	case <-never:
	case <-time.After(1 * time.Second):
		fmt.Printf("timed out after %v\n", time.Since(start).Truncate(time.Second))
	}

	// 3. Nothing ready, but do not wait: default.
	var a, b <-chan int
	select {
	case <-a:
	case <-b:
	default:
		fmt.Println("default: nothing was ready, and select did not wait")
	}

	// 4. Work until done is closed.
	done := make(chan any)
	go func() {
		time.Sleep(4500 * time.Millisecond)
		close(done)
	}()
	workCounter := 0
loop:
	for {
		select {
		case <-done:
			break loop
		default: // not done yet: go on working
		}
		workCounter++
		time.Sleep(1 * time.Second) // simulate work
	}
	fmt.Printf("achieved %v cycles of work before signalled to stop\n", workCounter)
}

// Output:
// 1001 selects: c1+c2 = 1001, each chosen 400 times or more: true
// timed out after 1s
// default: nothing was ready, and select did not wait
// achieved 5 cycles of work before signalled to stop
