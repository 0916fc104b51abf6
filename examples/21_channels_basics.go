// Channels: sending, receiving, directions and range.
//
// A channel carries values from one goroutine to another. `ch <- v` sends,
// `v := <-ch` receives. On an unbuffered channel (make(chan T)) the send
// and the receive meet: whichever comes first waits for the other, so a
// channel both moves the value and synchronizes the two goroutines.
//
// Directions: a `chan<- T` can only send and a `<-chan T` can only
// receive. You rarely make one directly; a plain channel converts to
// either when you pass it to a function, and the compiler then rejects
// any use the wrong way round (try it: uncomment the marked lines in
// produce and consume: "invalid operation: cannot receive from
// send-only channel").
//
// range over a channel receives until the channel is closed; the sender
// closes it to say "no more values".
//
// What to look at in the state panel while it runs:
//   - Channels: `numbers` has capacity 0. The producer sleeps 10ms between
//     values, so you see the consumer waiting ("chan receive") most of the
//     time; after close the channel is marked closed.
//   - Goroutines: the producer alternates "sleep" and a brief send.
package main

import (
	"fmt"
	"time"
)

// produce may only send on out.
func produce(out chan<- int) {
	defer close(out) // the sender closes: "no more values"
	for i := 1; i <= 5; i++ {
		time.Sleep(10 * time.Millisecond)
		out <- i
		// <-out // compile error: cannot receive from send-only channel
	}
}

// consume may only receive from in; it returns the sum.
func consume(in <-chan int) int {
	sum := 0
	for n := range in { // ends when in is closed and empty
		fmt.Println("received", n)
		sum += n
		// in <- n // compile error: cannot send to receive-only channel
	}
	return sum
}

func main() {
	numbers := make(chan int) // bidirectional; converts to either direction

	var sendOnly chan<- int = numbers // the same channel, seen two ways
	var recvOnly <-chan int = numbers
	fmt.Println("the same channel:", sendOnly == numbers, recvOnly == numbers)

	go produce(numbers)
	fmt.Println("sum:", consume(numbers))

	// After close, a receive gets the zero value at once, and ok is false.
	v, ok := <-numbers
	fmt.Printf("receive after close: %d, ok=%v\n", v, ok)
}

// Output:
// the same channel: true true
// received 1
// received 2
// received 3
// received 4
// received 5
// sum: 15
// receive after close: 0, ok=false
