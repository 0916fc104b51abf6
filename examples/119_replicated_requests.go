// Replicated requests: ask several handlers, take the fastest answer.
//
// When a fast response matters more than the cost of doing the work twice,
// send the same request to several handlers at once, use the first answer,
// and cancel the rest. This only pays when the handlers really differ in
// their conditions (other machines, other paths to the data), so that one
// slow outlier does not hold up the answer.
//
// Ten handlers get the same request; each has a random "load" between
// 100ms and 1s, all different (a random permutation). main takes the first
// result from a shared channel and closes `done`: every other handler
// stops waiting for its load, and none is left blocked trying to deliver
// a result nobody reads (its send also selects on done).
//
// What varies: which handler is fastest (the loads are random each run).
// The program checks that the answer came from the handler with the
// smallest load and that all the others were cancelled, and prints only
// those facts.
//
// What to look at in the state panel while it runs:
//   - Goroutines: ten handlers in "select", each waiting on done and its
//     own timer; main in "chan receive" on `result`.
//   - After the first answer, close(done) wakes the nine others at once
//     and the WaitGroup counter drops from 9 to 0.
package main

import (
	"fmt"
	"math/rand"
	"sync"
	"time"
)

func main() {
	const n = 10
	loads := make([]time.Duration, n)
	fastest := 0
	for i, p := range rand.Perm(n) {
		loads[i] = time.Duration(p+1) * 100 * time.Millisecond
		if loads[i] < loads[fastest] {
			fastest = i
		}
	}

	done := make(chan struct{})
	result := make(chan int)
	finished := make([]bool, n) // each handler writes only its own entry

	handler := func(id int, wg *sync.WaitGroup) {
		defer wg.Done()
		select {
		case <-done:
			return // cancelled while working
		case <-time.After(loads[id]): // simulated work
		}
		finished[id] = true
		select {
		case <-done: // someone else answered first
		case result <- id:
		}
	}

	var wg sync.WaitGroup
	wg.Add(n)
	start := time.Now()
	for i := 0; i < n; i++ {
		go handler(i, &wg)
	}

	first := <-result // the fastest handler's answer
	elapsed := time.Since(start).Truncate(100 * time.Millisecond)
	close(done) // cancel the others
	wg.Wait()

	cancelled := 0
	for id, f := range finished {
		if !f && id != first {
			cancelled++
		}
	}
	fmt.Println("answer from the handler with the smallest load:", first == fastest)
	fmt.Println("answer after:", elapsed)
	fmt.Printf("handlers cancelled before finishing their work: %d of %d\n", cancelled, n-1)
}

// Output:
// answer from the handler with the smallest load: true
// answer after: 100ms
// handlers cancelled before finishing their work: 9 of 9
