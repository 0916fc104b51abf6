// run

// Each goroutine started in a loop sees its own iteration's variable
// (Go 1.22 semantics); results arrive through a channel in any order.
package main

import "fmt"

func main() {
	results := make(chan int)
	for i := 0; i < 10; i++ {
		go func() { results <- i * i }()
	}
	sum := 0
	seen := make(map[int]bool)
	for range 10 {
		v := <-results
		sum += v
		seen[v] = true
	}
	fmt.Println(sum, len(seen))
}

// Output:
// 285 10
