// errorcheck

// Only a value of interface type can be the operand of a type assertion.
package main

func main() {
	n := 5
	_ = n.(int) // ERROR "^invalid operation: n \(variable of type int\) is not an interface$"
}
