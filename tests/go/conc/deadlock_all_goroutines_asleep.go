// run

// When every goroutine is blocked, the program ends with Go's deadlock
// error (exit status 2).
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1 // the only value ever sent
	}()
	fmt.Println(<-ch)
	fmt.Println(<-ch)
}

// Output:
// 1
// Fatal: all goroutines are asleep - deadlock!
