// errorcheck

// Operators apply only to operands of suitable types.
package main

func main() {
	x := 1
	s := "a"
	_ = !x    // ERROR "^invalid operation: operator ! not defined on x \(variable of type int\)$"
	_ = -s    // ERROR "^invalid operation: operator - not defined on s \(variable of type string\)$"
	_ = s * s // ERROR "^invalid operation: operator \* not defined on s \(variable of type string\)$"
}
