// errorcheck

// Dividing by a constant zero is an error, for variables as for constants.
package main

func main() {
	n := 10
	_ = n / 0       // ERROR "^invalid operation: division by zero$"
	const c = 1 % 0 // ERROR "^invalid operation: division by zero$"
}
