// errorcheck

// A send-only channel cannot be received from.
package main

func main() {
	c := make(chan int, 1)
	var s chan<- int = c
	s <- 1
	_ = <-s // ERROR "^invalid operation: cannot receive from send-only channel s \(variable of type chan<- int\)$"
}
