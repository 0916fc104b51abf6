// Hello, goroutines: a friendly first program.
//
// Three worker goroutines each take a word from the `words` channel, turn it
// into upper case, and hand the result back on the `results` channel. main
// feeds the words in, collects the answers and prints them in order.
//
// What to look at in the state panel while it runs:
//   - Goroutines: main plus three workers. A worker waiting for a word shows
//     the wait reason "chan receive"; main, waiting for an answer, too.
//   - Channels: `words` and `results` are unbuffered (capacity 0), so every
//     hand-off is a meeting: a sender waits until a receiver is there.
//   - When main closes `words`, the workers' `for range` loops end and the
//     goroutines finish one by one.
package main

import (
	"fmt"
	"strings"
)

// A result remembers which word it came from, so main can put the answers
// back in order however the workers interleave.
type result struct {
	index int
	text  string
}

type job struct {
	index int
	word  string
}

func worker(jobs <-chan job, results chan<- result) {
	// range over a channel: receive until the channel is closed.
	for j := range jobs {
		results <- result{j.index, strings.ToUpper(j.word)}
	}
}

func main() {
	words := []string{"hello", "from", "three", "little", "goroutines"}

	jobs := make(chan job)
	results := make(chan result)

	// Start three workers. `go` starts a function in a new goroutine and
	// returns at once.
	for i := 0; i < 3; i++ {
		go worker(jobs, results)
	}

	// Feed the words from another goroutine, so main is free to collect.
	go func() {
		for i, w := range words {
			jobs <- job{i, w}
		}
		close(jobs) // no more words: the workers' loops end
	}()

	// Collect exactly one answer per word; the order they arrive in varies,
	// so store each at its index.
	answers := make([]string, len(words))
	for range words {
		r := <-results
		answers[r.index] = r.text
	}

	fmt.Println(strings.Join(answers, " "))
	fmt.Println("done: every word came back through a channel")
}

// Output:
// HELLO FROM THREE LITTLE GOROUTINES
// done: every word came back through a channel
