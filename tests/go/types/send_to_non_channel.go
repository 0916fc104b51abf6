// errorcheck

// Only channels can be sent to or received from.
package main

func main() {
	n := 0
	n <- 1  // ERROR "^invalid operation: cannot send to non-channel n \(variable of type int\)$"
	_ = <-n // ERROR "^invalid operation: cannot receive from non-channel n \(variable of type int\)$"
}
