// run

// math/rand's top-level functions are safe for goroutines running in
// parallel: each of four goroutines draws 100000 numbers and every value
// of Intn(10) comes up about a tenth of the time.
package main

import (
	"fmt"
	"math/rand"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	counts := make([][10]int, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100000; i++ {
				counts[g][rand.Intn(10)]++
			}
		}(g)
	}
	wg.Wait()
	ok := true
	for _, c := range counts {
		for _, n := range c {
			if n < 9000 || n > 11000 {
				ok = false
			}
		}
	}
	fmt.Println(ok)
}

// Output:
// true
