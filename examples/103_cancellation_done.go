// Cancellation, the fix: a done channel.
//
// The convention: whoever starts a goroutine is responsible for stopping
// it. The parent passes a read-only `done` channel; every blocking step in
// the child is a select that also listens on done. Closing done wakes all
// of them at once (a receive from a closed channel never blocks), so one
// close(done) cancels any number of goroutines.
//
// The same two goroutines as in 102, now cancellable:
//  1. doWork still gets a nil strings channel, but its select also waits on
//     done; 100ms later another goroutine closes done and doWork returns.
//  2. numberStream selects between sending and done, so when main has had
//     enough numbers it closes done and the producer returns.
//
// At the end main checks that it is the only goroutine left.
//
// What to look at in the state panel while it runs:
//   - Goroutines: doWork waits in "select" on two channels (the nil strings
//     channel never becomes ready); after the close it runs its deferred
//     calls and disappears.
//   - Channels: the done channels have receivers waiting in select until
//     they are closed.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	// 1. A receiver that can be cancelled.
	doWork := func(done <-chan struct{}, strings <-chan string) <-chan struct{} {
		terminated := make(chan struct{})
		go func() {
			// Deferred calls run last-in first-out: print, then close, so
			// the line comes out before main can go on.
			defer close(terminated)
			defer fmt.Println("doWork exited.")
			for {
				select {
				case s := <-strings:
					fmt.Println(s)
				case <-done:
					return
				}
			}
		}()
		return terminated
	}

	done := make(chan struct{})
	terminated := doWork(done, nil)
	go func() {
		time.Sleep(100 * time.Millisecond)
		fmt.Println("Canceling doWork goroutine...")
		close(done)
	}()
	<-terminated // wait until doWork has stopped
	fmt.Println("Done.")

	// 2. A sender that can be cancelled.
	numberStream := func(done <-chan struct{}) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			defer fmt.Println("numberStream exited.")
			for n := 1; ; n *= 3 {
				select {
				case out <- n:
				case <-done:
					return
				}
			}
		}()
		return out
	}

	done2 := make(chan struct{})
	numbers := numberStream(done2)
	fmt.Println("3 numbers:")
	for i := 0; i < 3; i++ {
		fmt.Printf("%d: %d\n", i, <-numbers)
	}
	close(done2)
	for range numbers { // drain until the producer has closed `out`
	}

	// A goroutine that has closed its channel may still be finishing its
	// deferred calls, so give the leftovers a moment to return.
	for i := 0; i < 100 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("goroutines still alive:", runtime.NumGoroutine())
}

// Output:
// Canceling doWork goroutine...
// doWork exited.
// Done.
// 3 numbers:
// 0: 1
// 1: 3
// 2: 9
// numberStream exited.
// goroutines still alive: 1
