// Confinement, ad hoc: safety by convention.
//
// Confinement means a piece of data is only ever touched by one goroutine,
// so it needs no lock at all. "Ad hoc" confinement gets there by agreement:
// the code is written so that only one goroutine uses the data, but nothing
// in the language enforces it. Here `readings` is a slice any function in
// main could reach; by convention only the producer goroutine reads it, and
// everybody else gets the values through a channel.
//
// The weakness: a later edit that reads or writes `readings` from main
// while the producer runs would compile fine and be a data race. The next
// example (lexical confinement) makes that edit impossible instead.
//
// What to look at in the state panel while it runs:
//   - Goroutines: the producer and main take turns; on the unbuffered
//     channel one of them is always waiting ("chan send" or "chan
//     receive") for the other.
//   - Channels: `values` has no buffer; watch a sender or a receiver queue
//     on it for each of the five hand-offs, then the channel close.
package main

import "fmt"

func main() {
	// Shared in principle (main could touch it), confined by convention:
	// only the producer below may use it.
	readings := []int{12, 7, 30, 4, 19}

	// The producer owns `readings` while it runs. It sends every value and
	// closes the channel to say "no more".
	produce := func(values chan<- int) {
		defer close(values)
		for _, r := range readings {
			values <- r
		}
	}

	values := make(chan int)
	go produce(values)

	// main keeps its side of the agreement: it only sees the copies that
	// arrive on the channel, never `readings` itself.
	total := 0
	for v := range values {
		fmt.Println("got", v)
		total += v
	}
	fmt.Println("total", total)
}

// Output:
// got 12
// got 7
// got 30
// got 4
// got 19
// total 72
