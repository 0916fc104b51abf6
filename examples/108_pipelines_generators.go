// Pipelines, step 3: handy generators — repeat, take, repeatFn.
//
// Generators are stages that make values. Three small ones combine well:
//   - repeat(done, values...) sends its values over and over, forever;
//   - repeatFn(done, fn) calls fn forever and sends each result;
//   - take(done, in, n) passes on only the first n values, then closes.
//
// An endless generator is safe because of `done`: once take has had
// enough, main closes done and the generator returns instead of blocking
// forever on its next send (the leak of example 102).
//
// What to look at in the state panel while it runs:
//   - Goroutines: repeat (or repeatFn) is always one value ahead, waiting
//     in "select" to send the next one that take will never ask for.
//   - After each close(done), that generator's goroutine disappears.
package main

import (
	"fmt"
	"strings"
)

func repeat(done <-chan struct{}, values ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			for _, v := range values {
				select {
				case <-done:
					return
				case out <- v:
				}
			}
		}
	}()
	return out
}

func repeatFn(done <-chan struct{}, fn func() int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case out <- fn():
			}
		}
	}()
	return out
}

func take(done <-chan struct{}, in <-chan int, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			select {
			case <-done:
				return
			case out <- <-in: // receive from in, then offer it on out
			}
		}
	}()
	return out
}

// collect gathers a finite channel into one line.
func collect(in <-chan int) string {
	var parts []string
	for v := range in {
		parts = append(parts, fmt.Sprint(v))
	}
	return strings.Join(parts, " ")
}

func main() {
	done := make(chan struct{})
	fmt.Println("repeat 1:      ", collect(take(done, repeat(done, 1), 10)))
	fmt.Println("repeat 1, 2, 3:", collect(take(done, repeat(done, 1, 2, 3), 7)))

	// A deterministic "function": the next power of two each call.
	next := 1
	powers := func() int {
		v := next
		next *= 2
		return v
	}
	fmt.Println("repeatFn:      ", collect(take(done, repeatFn(done, powers), 8)))

	close(done) // all three endless generators return now
}

// Output:
// repeat 1:       1 1 1 1 1 1 1 1 1 1
// repeat 1, 2, 3: 1 2 3 1 2 3 1
// repeatFn:       1 2 4 8 16 32 64 128
