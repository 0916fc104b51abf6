// Scheduler runtime, part 3: runtime.Gosched, yielding the processor.
//
// A goroutine keeps its P until it blocks (channel, lock, sleep, I/O...),
// ends, or is preempted. runtime.Gosched() gives the P up voluntarily: the
// goroutine goes back to the run queue and the scheduler picks another
// runnable goroutine, if there is one; the caller runs again later.
//
// To make the effect visible the program sets GOMAXPROCS to 1, so only one
// goroutine runs at a time, and restores the old value at the end:
//  1. without Gosched, main prints all its lines before the new goroutine
//     ever gets the P (it is runnable, waiting in the queue, until main
//     blocks on `done`);
//  2. with a Gosched before each line, the two goroutines hand the single
//     P back and forth and their lines alternate.
//
// With one P and these hand-offs the order is fixed, in Go and here.
//
// What to look at in the state panel while it runs:
//   - Ps: only P0 is used while GOMAXPROCS is 1; the per-P timeline shows
//     main and the "world" goroutine taking turns on it in part 2, and one
//     long stretch each in part 1.
//   - Goroutines: the one not running is "runnable", not waiting on
//     anything: it only needs a P.
package main

import (
	"fmt"
	"runtime"
)

func say(text string, yield bool, done chan<- struct{}) {
	for i := 0; i < 3; i++ {
		if yield {
			runtime.Gosched() // let someone else have the P
		}
		fmt.Println(text, i)
	}
	if done != nil {
		done <- struct{}{}
	}
}

func main() {
	previous := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(previous)
	fmt.Println("GOMAXPROCS now:", runtime.GOMAXPROCS(0))

	for _, yield := range []bool{false, true} {
		fmt.Println("-- yield:", yield)
		done := make(chan struct{})
		go say("world", yield, done)
		say("hello", yield, nil)
		<-done
	}
}

// Output:
// GOMAXPROCS now: 1
// -- yield: false
// hello 0
// hello 1
// hello 2
// world 0
// world 1
// world 2
// -- yield: true
// hello 0
// world 0
// hello 1
// world 1
// hello 2
// world 2
