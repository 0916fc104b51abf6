// Confinement, lexical: safety by scope.
//
// Lexical confinement uses Go's scoping so that the wrong access cannot
// even be written:
//  1. chanOwner creates the channel inside its own body and returns only
//     its receive end (<-chan int). Only the goroutine inside chanOwner can
//     send on it or close it; the consumer's parameter type forbids both.
//  2. Two goroutines fill a result slice, but each receives only its own
//     sub-slice (results[:3] and results[3:]). Neither can reach the
//     other's elements, so they write at the same time without a lock.
//
// What to look at in the state panel while it runs:
//   - Channels: `results` has a buffer of 5; the owner fills it ahead of
//     the consumer, then blocks ("chan send") on the sixth value until the
//     consumer makes room.
//   - WaitGroups: part 2's counter goes 2 → 0 as the two squarers finish;
//     main waits in "sync.WaitGroup.Wait".
package main

import (
	"fmt"
	"sync"
)

func main() {
	// 1. The channel is confined to chanOwner's scope.
	chanOwner := func() <-chan int {
		results := make(chan int, 5)
		go func() {
			defer close(results)
			for i := 0; i <= 5; i++ {
				results <- i
			}
		}()
		return results // the caller gets the receive end only
	}

	consumer := func(results <-chan int) {
		// results <- 1 or close(results) here would not compile.
		for r := range results {
			fmt.Printf("Received: %d\n", r)
		}
		fmt.Println("Done receiving!")
	}

	consumer(chanOwner())

	// 2. Each goroutine is handed only its own part of the slice.
	input := []int{1, 2, 3, 4, 5, 6}
	squares := make([]int, len(input))
	square := func(wg *sync.WaitGroup, in, out []int) {
		defer wg.Done()
		for i, v := range in {
			out[i] = v * v // writes only this goroutine's part
		}
	}

	var wg sync.WaitGroup
	wg.Add(2)
	go square(&wg, input[:3], squares[:3])
	go square(&wg, input[3:], squares[3:])
	wg.Wait()
	fmt.Println("squares:", squares)
}

// Output:
// Received: 0
// Received: 1
// Received: 2
// Received: 3
// Received: 4
// Received: 5
// Done receiving!
// squares: [1 4 9 16 25 36]
