// errorcheck

// Only the sending side may close a channel.
package main

func main() {
	c := make(chan int)
	var r <-chan int = c
	close(r) // ERROR "^invalid operation: cannot close receive-only channel r \(variable of type <-chan int\)$"
}
