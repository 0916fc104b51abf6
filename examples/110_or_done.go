// Or-done channel: range over a channel and still honour `done`.
//
// Reading from a channel you don't own, you cannot know whether its
// producer will stop when you are cancelled. A plain `for v := range c`
// would then block forever. The safe loop is a for/select that watches
// both `done` and `c`, plus a check for `c` being closed: correct, but
// noisy if repeated everywhere. orDone wraps that loop once, in its own
// goroutine, and gives back a channel you can simply range over.
//
// Here `ticks` is a channel from "somebody else's code": it sends a value
// every 100ms and never closes. main ranges over orDone(done, ticks);
// after 350ms a timer closes done and the loop ends.
//
// What to look at in the state panel while it runs:
//   - Goroutines: the ticker source sleeping, orDone waiting in "select"
//     on done and ticks, main waiting in "chan receive" on orDone's output.
//   - Channels: after done closes, orDone's output is closed, main's range
//     ends; the source stays blocked on `ticks` (it is not ours to stop).
package main

import (
	"fmt"
	"time"
)

func orDone(done <-chan struct{}, c <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return // the source closed: we are done too
				}
				select { // the send must be cancellable as well
				case out <- v:
				case <-done:
				}
			}
		}
	}()
	return out
}

func main() {
	// A source we do not control: it never closes its channel.
	ticks := make(chan int)
	go func() {
		for i := 1; ; i++ {
			time.Sleep(100 * time.Millisecond)
			ticks <- i
		}
	}()

	done := make(chan struct{})
	time.AfterFunc(350*time.Millisecond, func() { close(done) })

	// Reads like a plain range loop, yet stops when done closes.
	for v := range orDone(done, ticks) {
		fmt.Println("tick", v)
	}
	fmt.Println("stopped by done")
}

// Output:
// tick 1
// tick 2
// tick 3
// stopped by done
