// Pipelines, step 2: one goroutine per stage, channels between them.
//
// The stages of 106 again (×2, +1, ×2), now each one a goroutine that
// reads a channel and writes a channel. Every stage:
//   - owns its output channel: it makes it, writes it, and closes it when
//     its input is exhausted, so `range` ends cleanly down the line;
//   - takes a `done` channel, and every send also selects on done, so the
//     whole pipeline can be torn down at any moment (see the second run).
//
// The stages run concurrently: while "multiply" works on the 2nd value,
// "add" can work on the 1st.
//
// What to look at in the state panel while it runs:
//   - Goroutines: generator, multiply, add, multiply, each mostly waiting
//     in "chan send" or "select" for its neighbour.
//   - Channels: four unbuffered channels in a row; a value moves one hop
//     per hand-off.
//   - Ps: with several Ps the stages run on different Ps at once.
package main

import "fmt"

// generator turns a list of values into a channel: the pipeline's source.
func generator(done <-chan struct{}, ints ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, i := range ints {
			select {
			case <-done:
				return
			case out <- i:
			}
		}
	}()
	return out
}

func multiply(done <-chan struct{}, in <-chan int, multiplier int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := range in {
			select {
			case <-done:
				return
			case out <- i * multiplier:
			}
		}
	}()
	return out
}

func add(done <-chan struct{}, in <-chan int, additive int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := range in {
			select {
			case <-done:
				return
			case out <- i + additive:
			}
		}
	}()
	return out
}

func main() {
	// A full run: the source closes, and each stage closes after it.
	done := make(chan struct{})
	pipeline := multiply(done, add(done, multiply(done, generator(done, 1, 2, 3, 4), 2), 1), 2)
	for v := range pipeline {
		fmt.Println(v)
	}
	close(done)

	// A cancelled run: take two values of a long input, then close done;
	// every stage returns from its select and closes its output.
	done2 := make(chan struct{})
	long := make([]int, 1000)
	for i := range long {
		long[i] = i + 1
	}
	pipeline2 := multiply(done2, add(done2, multiply(done2, generator(done2, long...), 2), 1), 2)
	fmt.Println("first of 1000:", <-pipeline2)
	fmt.Println("second of 1000:", <-pipeline2)
	close(done2)
	for range pipeline2 { // ends once the last stage has closed its output
	}
	fmt.Println("pipeline stopped")
}

// Output:
// 6
// 10
// 14
// 18
// first of 1000: 6
// second of 1000: 10
// pipeline stopped
