// errorcheck

// Only functions can be called.
package main

func main() {
	x := 1
	x() // ERROR "^invalid operation: cannot call non-function x \(variable of type int\)$"
}
