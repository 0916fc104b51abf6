// run

// math/rand/v2: the top-level functions are safe from many goroutines at
// once: every value stays in range and every goroutine finishes, and a
// Shuffle whose swap itself calls the top-level functions completes.
package main

import (
	"fmt"
	"math/rand/v2"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	bad, total := 0, 0
	seen := map[int]bool{}
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := map[int]bool{}
			b := 0
			for i := 0; i < 2000; i++ {
				n := rand.IntN(50)
				if n < 0 || n >= 50 || rand.Float64() >= 1 || rand.Int64N(3) >= 3 {
					b++
				}
				local[n] = true
			}
			mu.Lock()
			bad += b
			total += 2000
			for k := range local {
				seen[k] = true
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("draws:", total, "out of range:", bad, "values seen:", len(seen))

	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	rand.Shuffle(len(s), func(i, j int) {
		_ = rand.IntN(3)
		s[i], s[j] = s[j], s[i]
	})
	sum := 0
	for _, v := range s {
		sum += v
	}
	fmt.Println("shuffled, sum kept:", sum)
}

// Output:
// draws: 16000 out of range: 0 values seen: 50
// shuffled, sum kept: 45
