// Scheduler runtime, part 1: G, M, P and GOMAXPROCS.
//
// Go multiplexes many goroutines (G) onto a few OS threads (M). A thread
// needs a processor (P) to run Go code, and there are GOMAXPROCS Ps: at
// most that many goroutines run at the same instant, however many exist.
// Each P has a local run queue of runnable goroutines (plus there is a
// global one); a new goroutine goes onto the queue of the P that started
// it.
//
// The program reads the settings, then runs the same CPU-bound job (count
// the primes below 20000 in four slices) twice: once on a single P, once
// on all GOMAXPROCS Ps (runtime.GOMAXPROCS(n) changes the setting while
// the program runs and returns the old one). The results are identical; only the timeline differs.
//
// What varies: GOMAXPROCS and NumCPU depend on the machine and on the
// playground's procs setting (-p); the output shows them and the test
// matches those numbers with a pattern. The prime counts are fixed.
//
// What to look at in the state panel while it runs:
//   - Ps: in the first round only one P's timeline has work and the four
//     goroutines run one after another (runnable ones wait in its queue);
//     in the second round the goroutines spread over several Ps at once
//     (try procs 1 and procs 4).
//   - Goroutines: "runnable" means ready and waiting for a P, not blocked.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

// countPrimes counts the primes in [lo, hi) by trial division: pure CPU.
func countPrimes(lo, hi int) int {
	count := 0
	for n := max(lo, 2); n < hi; n++ {
		prime := true
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			count++
		}
	}
	return count
}

func run(procs int) []int {
	previous := runtime.GOMAXPROCS(procs)
	defer runtime.GOMAXPROCS(previous)

	counts := make([]int, 4)
	var wg sync.WaitGroup
	for i := range counts {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			counts[i] = countPrimes(i*5000, (i+1)*5000)
		}(i)
	}
	wg.Wait()
	return counts
}

func main() {
	procs := runtime.GOMAXPROCS(0) // an argument < 1 only asks
	fmt.Printf("NumCPU = %d, GOMAXPROCS = %d\n", runtime.NumCPU(), procs)

	one := run(1)
	fmt.Println("on 1 P:   ", one)
	all := run(procs)
	fmt.Println("on all Ps:", all)

	fmt.Println("same answers:", fmt.Sprint(one) == fmt.Sprint(all))
}

// Output regexp:
// NumCPU = \d+, GOMAXPROCS = \d+
// on 1 P:    \[669 560 525 508\]
// on all Ps: \[669 560 525 508\]
// same answers: true
