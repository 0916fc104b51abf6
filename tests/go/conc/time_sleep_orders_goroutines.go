// run
// Flags: -faketime

// Goroutines sleeping for different durations wake in order of their
// deadlines; with -faketime the clock jumps instead of waiting.
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan string)
	for _, d := range []int{300, 100, 200} {
		go func() {
			time.Sleep(time.Duration(d) * time.Millisecond)
			out <- fmt.Sprint("slept ", d, "ms")
		}()
	}
	for range 3 {
		fmt.Println(<-out)
	}
	time.Sleep(-1) // returns at once
	time.Sleep(0)
	fmt.Println("done")
}

// Output:
// slept 100ms
// slept 200ms
// slept 300ms
// done
