// run

// Sending on a closed channel panics (a runtime.Error, recoverable).
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	close(ch)
	func() {
		defer func() {
			r := recover()
			_, isErr := r.(error)
			fmt.Println("recovered:", r, isErr)
		}()
		ch <- 1
	}()
	ch <- 2
}

// Output:
// recovered: send on closed channel true
// Panic: send on closed channel
