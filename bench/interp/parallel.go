// A CPU-bound job split over 16 goroutines that share nothing but a
// WaitGroup: each sums a polynomial over its own range. bench/run.mjs runs
// it at GOMAXPROCS 1 and 2 and reports the speedup.
package main

import "sync"

func work(from, to int) int {
	s := 0
	for i := from; i < to; i++ {
		x := i % 1000
		s += x*x*3 + x*7 + 1
	}
	return s
}

func main() {
	const n = 80000000
	const parts = 16
	var wg sync.WaitGroup
	sums := make([]int, parts)
	for p := 0; p < parts; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			sums[p] = work(n/parts*p, n/parts*(p+1))
		}(p)
	}
	wg.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	println(total)
}
