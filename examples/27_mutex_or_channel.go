// Channels: a mutex or a channel? Share memory by communicating.
//
// "Do not communicate by sharing memory; instead, share memory by
// communicating." The same shared tally, kept two ways:
//   - with a mutex: every goroutine locks, changes the map, unlocks. The
//     state is shared; the mutex keeps turns.
//   - with a channel: one goroutine OWNS the map and nobody else touches
//     it. The others send it requests on a channel and it applies them one
//     at a time; a reply channel carries the answer back.
//
// Both are correct. A rough guide: a mutex for caches and state that many
// goroutines read and update in place; channels for passing ownership of
// data, handing out units of work and delivering results.
//
// What to look at in the state panel while it runs:
//   - Mutexes: in part 1 the tally's mutex with its owner and waiters.
//   - Channels: in part 2 `votes` with voters waiting to send ("chan send")
//     while the owner works; the owner is the only goroutine that ever
//     touches the map, waiting in "select" between requests.
package main

import (
	"fmt"
	"sync"
)

var candidates = []string{"gopher", "mascot", "gopher", "tux", "gopher", "mascot"}

// withMutex: shared state, guarded by a lock.
func withMutex() map[string]int {
	var mu sync.Mutex
	tally := map[string]int{}
	var wg sync.WaitGroup
	for _, c := range candidates {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			tally[c]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	return tally
}

// withChannel: the state belongs to one goroutine; others send requests.
func withChannel() map[string]int {
	votes := make(chan string)
	results := make(chan map[string]int) // a request for the result, and its reply

	go func() { // the owner: the only goroutine that touches tally
		tally := map[string]int{}
		for {
			select {
			case c := <-votes:
				tally[c]++
			case results <- tally: // someone asked for the result
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for _, c := range candidates {
		wg.Add(1)
		go func() {
			defer wg.Done()
			votes <- c
		}()
	}
	wg.Wait()        // all votes are in
	return <-results // ownership of the map passes to us
}

func main() {
	// fmt prints maps sorted by key, so the output is fixed.
	fmt.Println("with a mutex:  ", withMutex())
	fmt.Println("with a channel:", withChannel())
}

// Output:
// with a mutex:   map[gopher:3 mascot:2 tux:1]
// with a channel: map[gopher:3 mascot:2 tux:1]
