// Deadlocks (4 of 4): a receive that nothing sends to. This program ends in
// Go's deadlock error, on purpose.
//
// A receive waits until some goroutine sends (or the channel is closed).
// Here the only other goroutine sends to a different channel by mistake,
// then finishes. main is left waiting on `replies` with nobody able to
// send, so the runtime reports "fatal error: all goroutines are asleep -
// deadlock!" The detector only fires when EVERY goroutine is stuck: if
// some unrelated goroutine were still running or sleeping, main would
// simply hang (a goroutine leak), with no error at all. The fix is in
// 15_deadlock_channels_fixed.go.
//
// What to look at in the state panel while it runs:
//   - Channels: `replies` has one waiting receiver (main) and no sender;
//     `requests` holds the value that went to the wrong place (buffer 1/1).
//   - Goroutines: main waits with wait reason "chan receive"; the helper
//     has already finished.
package main

import "fmt"

func main() {
	requests := make(chan string, 1)
	replies := make(chan string)

	go func() {
		requests <- "pong" // a bug: meant to send on replies
	}()

	fmt.Println("waiting for a reply...")
	fmt.Println(<-replies) // blocks forever
}

// Output:
// waiting for a reply...
// Fatal: all goroutines are asleep - deadlock!
