// run

// A panic in any goroutine that is not recovered ends the whole program
// with exit status 2.
package main

import "fmt"

func main() {
	fmt.Println("start")
	done := make(chan bool)
	go func() {
		panic(fmt.Sprintf("worker %d failed", 3))
	}()
	<-done
}

// Output:
// start
// Panic: worker 3 failed
