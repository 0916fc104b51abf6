// run
// Flags: -faketime

// time.After bounds a wait in select: the work that takes too long loses
// to the timeout, the quick one wins.
package main

import (
	"fmt"
	"time"
)

func work(d time.Duration) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- fmt.Sprint("finished in ", int64(d/time.Millisecond), "ms")
	}()
	return c
}

func main() {
	for _, d := range []time.Duration{2 * time.Second, 50 * time.Millisecond} {
		select {
		case r := <-work(d):
			fmt.Println(r)
		case <-time.After(time.Second):
			fmt.Println("timed out after 1s")
		}
	}
}

// Output:
// timed out after 1s
// finished in 50ms
