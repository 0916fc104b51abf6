// Scheduler runtime, part 2: fork-join and work stealing.
//
// Go follows a fork-join model: a `go` statement is a fork, and a point
// where goroutines synchronize (here, a channel receive of the child's
// result) is a join. The scheduler balances the forks by work stealing:
//   - a new goroutine is put on the local run queue of the P that ran the
//     `go` statement (the "fork" goes to the tail of its own queue);
//   - a P whose queue is empty does not sit idle: it looks at the global
//     queue and then steals half of another P's queue.
//
// So no central dispatcher hands out work; it migrates only when some P
// runs out, and while every P is busy nothing moves at all.
//
// The program sums f(i) for i in [0, 32000) by divide and conquer: each
// call forks a goroutine for the left half, does the right half itself,
// then joins. The first forks land on main's P; with GOMAXPROCS > 1 the
// idle Ps steal them, and the forks those make go to their own queues.
// The answer is checked against a plain loop.
//
// What to look at in the state panel while it runs (try procs 4):
//   - Ps: the per-P timeline. The first goroutines appear on one P; soon
//     the other Ps pick up goroutines they did not create (stolen), and
//     all Ps stay busy until the tree of work is done.
//   - Goroutines: many short-lived ones, parents waiting in "chan
//     receive" for their child's half (the join).
package main

import (
	"fmt"
	"sync/atomic"
)

// f is the work done per element: some arithmetic to keep a P busy.
func f(i int) int {
	x := i
	for k := 0; k < 20; k++ {
		x = (x*31 + k) % 1000003
	}
	return x
}

var forks atomic.Int64 // goroutines run sum at once, so count atomically

// sum forks the left half into a new goroutine and does the right half.
func sum(lo, hi int) int {
	if hi-lo <= 1000 { // small enough: just do it
		total := 0
		for i := lo; i < hi; i++ {
			total += f(i)
		}
		return total
	}
	mid := (lo + hi) / 2
	left := make(chan int)
	forks.Add(1)
	go func() { left <- sum(lo, mid) }() // fork
	right := sum(mid, hi)
	return <-left + right // join
}

func main() {
	const n = 32000
	parallel := sum(0, n)

	sequential := 0
	for i := 0; i < n; i++ {
		sequential += f(i)
	}
	fmt.Println("goroutines forked:", forks.Load())
	fmt.Println("fork-join sum equals the loop's:", parallel == sequential)
}

// Output:
// goroutines forked: 31
// fork-join sum equals the loop's: true
