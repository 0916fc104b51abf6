// Bridge channel: flatten a channel of channels.
//
// Sometimes a producer yields a sequence of channels (<-chan <-chan T),
// for example one channel per batch or per connection. The consumer just
// wants the values, in order. bridge reads the channels one by one from
// the outer channel and forwards everything on each, in turn, to a single
// output; like every stage it honours `done`, so it can be cancelled while
// waiting for either the next channel or the next value.
//
// genBatches makes 4 batch channels, each buffered, filled and closed
// before it is sent; main ranges over the bridge and sees one flat stream.
//
// What to look at in the state panel while it runs:
//   - Channels: the outer `batches` channel (its elements are channels)
//     and each inner batch channel with its buffer of 3 values draining.
//   - Goroutines: genBatches waits in "chan send" with the next batch,
//     bridge alternates between waiting for a batch and forwarding values.
package main

import (
	"fmt"
	"strings"
)

func bridge(done <-chan struct{}, chanStream <-chan <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			var stream <-chan int
			select {
			case s, ok := <-chanStream:
				if !ok {
					return // no more channels
				}
				stream = s
			case <-done:
				return
			}
			for v := range stream { // forward this channel's values
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func genBatches() <-chan <-chan int {
	batches := make(chan (<-chan int))
	go func() {
		defer close(batches)
		for b := 0; b < 4; b++ {
			batch := make(chan int, 3)
			for i := 0; i < 3; i++ {
				batch <- b*10 + i
			}
			close(batch)
			batches <- batch
		}
	}()
	return batches
}

func main() {
	done := make(chan struct{})
	defer close(done)

	var got []string
	for v := range bridge(done, genBatches()) {
		got = append(got, fmt.Sprint(v))
	}
	fmt.Println(strings.Join(got, " "))
}

// Output:
// 0 1 2 10 11 12 20 21 22 30 31 32
