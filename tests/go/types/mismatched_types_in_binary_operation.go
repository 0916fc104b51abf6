// errorcheck

// Both operands of an arithmetic operator must have the same type.
package main

func main() {
	x := 1
	y := 2.0
	_ = x + y // ERROR "^invalid operation: x \+ y \(mismatched types int and float64\)$"
}
