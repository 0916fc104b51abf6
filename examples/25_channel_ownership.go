// Channels: ownership — who makes, writes and closes a channel.
//
// Most channel bugs (a send on a closed channel, closing twice, closing or
// writing a nil channel) come from not knowing whose job it is. The guide's
// rule: one goroutine OWNS each channel. The owner
//  1. makes the channel,
//  2. is the only one that sends on it (or hands that job on),
//  3. closes it, once, when it is done,
//  4. and gives everyone else only the receiving end, a <-chan T.
//
// Consumers then only need to know when the channel is closed (range does
// that for them), and the compiler rejects any send or close they try on
// a <-chan T.
//
// Here squares() owns its channel: it makes it, starts the goroutine that
// fills and closes it, and returns the read-only end. Two such owners run
// side by side, and main just reads.
//
// What to look at in the state panel while it runs:
//   - Channels: each results channel has a buffer of 2; the owner fills
//     it ahead of the reader and waits ("chan send") when it is full, then
//     closes it.
//   - Goroutines: each owner's goroutine finishes right after its close.
package main

import "fmt"

// squares owns the channel it returns.
func squares(from, to int) <-chan int {
	results := make(chan int, 2) // 1. make it
	go func() {
		defer close(results) // 3. close it, exactly once, when done
		for i := from; i <= to; i++ {
			results <- i * i // 2. the only sender
		}
	}()
	return results // 4. hand out the receiving end only
}

func main() {
	small := squares(1, 3)
	large := squares(10, 12)

	for v := range small {
		fmt.Println("received:", v)
	}
	for v := range large {
		fmt.Println("received:", v)
	}
	// small <- 1    // compile error: cannot send to receive-only channel
	// close(large)  // compile error: cannot close receive-only channel
	fmt.Println("done receiving!")
}

// Output:
// received: 1
// received: 4
// received: 9
// received: 100
// received: 121
// received: 144
// done receiving!
