// Deadlocks, Livelocks, and Starvation: the dining philosophers.
//
// Five philosophers sit at a round table with one fork between each pair
// of neighbours. To eat, a philosopher needs both forks beside them. The
// classic puzzle holds all three failures of this section:
//   - deadlock: if everyone picks up their left fork first, all five can
//     hold one fork and wait forever for the right one (a circle of
//     waiting, as in 11_deadlock_lock_order.go);
//   - livelock: if everyone politely puts their fork down when the other
//     is taken and retries in step, nobody eats (16_livelock.go);
//   - starvation: even without either, a philosopher whose neighbours keep
//     eating might rarely get both forks (18_starvation.go).
//
// The fix used here: number the forks and always pick up the lower-numbered
// fork first. Philosopher 4 sits between forks 4 and 0, so they reach for
// fork 0 first, unlike everyone else: the circle can never close, so there
// is no deadlock, and no one has to put a fork down, so there is no
// livelock. Mutex waiters are served roughly in order, so everyone gets a
// turn; the program checks each philosopher ate all 3 meals.
//
// What to look at in the state panel while it runs:
//   - Mutexes: the five forks, each with an owner and at most one waiter.
//   - Goroutines: philosophers alternate between "sleep" (eating or
//     thinking) and "sync.Mutex.Lock" (waiting for a fork).
//   - Ps and the per-P timeline: with several Ps, two philosophers who are
//     not neighbours eat at the same time.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const n = 5
	const meals = 3
	forks := make([]sync.Mutex, n)
	eaten := make([]int, n)

	var wg sync.WaitGroup
	for p := 0; p < n; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			left, right := p, (p+1)%n
			first, second := min(left, right), max(left, right) // the fix: lower number first
			for m := 0; m < meals; m++ {
				time.Sleep(time.Duration(1+p) * time.Millisecond) // think
				forks[first].Lock()
				forks[second].Lock()
				time.Sleep(5 * time.Millisecond) // eat
				eaten[p]++                       // only p writes eaten[p]
				forks[second].Unlock()
				forks[first].Unlock()
			}
		}()
	}
	wg.Wait()

	for p, e := range eaten {
		fmt.Printf("philosopher %d ate %d meals\n", p, e)
	}
	fmt.Println("no deadlock, no livelock, nobody starved")
}

// Output:
// philosopher 0 ate 3 meals
// philosopher 1 ate 3 meals
// philosopher 2 ate 3 meals
// philosopher 3 ate 3 meals
// philosopher 4 ate 3 meals
// no deadlock, no livelock, nobody starved
