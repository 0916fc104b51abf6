// run
// Flags: -goroutines 1000

// gopark run -goroutines N (the runner's maxGoroutines) caps how many
// goroutines may exist at once. Go has no such cap; exceeding it is a
// fatal error worded like Go's thread limit, and the default (10,000,000
// natively, 2,000,000 in the browser) is far above what the heap limit
// lets a program start.
package main

import "fmt"

func main() {
	block := make(chan int)
	for i := 1; ; i++ {
		go func() { <-block }()
		if i%250 == 0 {
			fmt.Println(i, "goroutines blocked")
		}
	}
}

// Output:
// 250 goroutines blocked
// 500 goroutines blocked
// 750 goroutines blocked
// Fatal: runtime: program exceeds 1000-goroutine limit
