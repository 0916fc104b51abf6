// Cancellation, the failure: goroutine leaks.
//
// A goroutine that is never told to stop, and blocks forever, is a leak:
// its stack and everything it references stay alive until the program
// exits. Two classic leaks:
//  1. A receiver whose channel never delivers. doWork ranges over a nil
//     channel (a caller passed nil by mistake), so it waits forever, and
//     the "doWork exited." line never prints.
//  2. A sender whose reader goes away. numberStream produces numbers
//     forever; main takes three and stops reading, so the producer stays
//     blocked on its next send.
//
// Nothing crashes: Go only reports a deadlock when *every* goroutine is
// blocked, and main is not. runtime.NumGoroutine() shows the two leftovers.
// The next example (103) fixes both with a done channel.
//
// What to look at in the state panel while it runs:
//   - Goroutines: when main prints the count, doWork waits in "chan
//     receive (nil chan)" and numberStream in "chan send", and nothing will
//     ever wake them.
//   - Channels: numberStream's channel has a sender queued and no receiver.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	// 1. Blocked receiving from a channel nobody sends on.
	doWork := func(strings <-chan string) <-chan struct{} {
		completed := make(chan struct{})
		go func() {
			defer fmt.Println("doWork exited.") // never runs
			defer close(completed)
			for s := range strings {
				fmt.Println(s)
			}
		}()
		return completed
	}
	doWork(nil) // the result is ignored: nobody waits for it to finish

	// 2. Blocked sending to a channel nobody reads any more.
	numberStream := func() <-chan int {
		out := make(chan int)
		go func() {
			defer fmt.Println("numberStream exited.") // never runs
			defer close(out)
			for n := 1; ; n *= 3 {
				out <- n
			}
		}()
		return out
	}
	numbers := numberStream()
	fmt.Println("3 numbers:")
	for i := 0; i < 3; i++ {
		fmt.Printf("%d: %d\n", i, <-numbers)
	}

	// main is done with both, but neither goroutine knows.
	fmt.Println("goroutines still alive:", runtime.NumGoroutine())
}

// Output:
// 3 numbers:
// 0: 1
// 1: 3
// 2: 9
// goroutines still alive: 3
