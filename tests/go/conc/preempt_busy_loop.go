// run

// A goroutine spinning in a loop without calls is preempted, so another
// goroutine gets to run even with one processor.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	go func() {
		ch <- 42
	}()
	spins := 0
	for len(ch) == 0 {
		spins++
	}
	fmt.Println(<-ch, spins >= 0)
}

// Output:
// 42 true
