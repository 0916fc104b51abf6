// errorcheck

// The number of variables must match the number of values.
package main

func main() {
	a := 1, 2          // ERROR "^assignment mismatch: 1 variable but 2 values$"
	var b, c int = 1   // ERROR "^assignment mismatch: 2 variables but 1 value$"
	var d, e = 1, 2, 3 // ERROR "^extra init expr 3$"
	_, _, _, _, _ = a, b, c, d, e
}
