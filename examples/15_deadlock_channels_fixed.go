// Deadlocks: the fixes for 13 and 14 — make sure the other side exists.
//
// A channel operation needs a partner: a send needs a receiver (or room in
// a buffer), a receive needs a sender (or a close). Three ways to provide
// one:
//  1. Start the receiver before sending (or send from another goroutine).
//  2. Give the channel a buffer, when the sender must not wait: the value
//     waits in the buffer instead.
//  3. When the partner may never come, do not wait forever: select with a
//     timeout (time.After) turns "blocked forever" into an error you handle.
//
// What to look at in the state panel while it runs:
//   - Channels: in 1 the receiver waits first ("chan receive") and main's
//     send completes at once; in 2 the buffer shows 1/1 with nobody
//     waiting; in 3 main waits in "select" on a channel and a timer.
//   - Under the virtual clock, the 100ms timeout passes instantly.
package main

import (
	"fmt"
	"time"
)

func main() {
	// 1. A receiver goroutine for the send of 13.
	message := make(chan string)
	done := make(chan struct{})
	go func() {
		fmt.Println("received:", <-message)
		close(done)
	}()
	message <- "hello"
	<-done

	// 2. A buffer: the send completes with no receiver waiting.
	buffered := make(chan string, 1)
	buffered <- "kept in the buffer"
	fmt.Println("sent without a receiver; later received:", <-buffered)

	// 3. The receive of 14, with a way out.
	replies := make(chan string)
	go func() {
		// the same bug as in 14: nobody ever sends on replies
	}()
	select {
	case r := <-replies:
		fmt.Println("reply:", r)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("no reply within 100ms: giving up instead of hanging")
	}
}

// Output:
// received: hello
// sent without a receiver; later received: kept in the buffer
// no reply within 100ms: giving up instead of hanging
