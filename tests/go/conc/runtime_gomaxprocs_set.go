// run

// runtime.GOMAXPROCS(n) sets how many Ps run goroutines and returns the
// previous setting; GOMAXPROCS(0) only asks. Work still finishes after the
// setting shrinks and grows while goroutines run.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	prev := runtime.GOMAXPROCS(3)
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(prev >= 1)

	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := 0
			for k := 0; k < 200000; k++ {
				s += k % (i + 1)
			}
			results[i] = s
		}()
	}
	fmt.Println(runtime.GOMAXPROCS(1))
	fmt.Println(runtime.GOMAXPROCS(4))
	wg.Wait()
	fmt.Println(results)
	fmt.Println(runtime.GOMAXPROCS(prev) == 4)
	fmt.Println(runtime.GOMAXPROCS(-1) == prev)
}

// Output:
// 3
// true
// 3
// 1
// [0 100000 199999 300000 400000 499996 599994 700000]
// true
// true
