// errorcheck

// A receive-only channel cannot be sent to.
package main

func main() {
	c := make(chan int, 1)
	var r <-chan int = c
	r <- 1 // ERROR "^invalid operation: cannot send to receive-only channel r \(variable of type <-chan int\)$"
}
