// Deadlocks (3 of 4): a send that nobody receives. This program ends in
// Go's deadlock error, on purpose.
//
// A send on an unbuffered channel waits until another goroutine receives.
// Here main is the only goroutine, so nobody ever will: main blocks
// forever, and since no goroutine is left that could wake it (none
// runnable, no timer pending), the runtime reports
// "fatal error: all goroutines are asleep - deadlock!" and exits with
// status 2. The fix is in 15_deadlock_channels_fixed.go.
//
// What to look at in the state panel while it runs:
//   - Channels: `message` has capacity 0 and one waiting sender (main).
//   - Goroutines: main waits with wait reason "chan send".
package main

import "fmt"

func main() {
	message := make(chan string) // unbuffered: a send needs a receiver

	fmt.Println("sending...")
	message <- "hello" // blocks forever: nobody receives
	fmt.Println("never printed")
}

// Output:
// sending...
// Fatal: all goroutines are asleep - deadlock!
