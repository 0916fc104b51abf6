// errorcheck

// The number of variables must match the number of results of a call.
package main

func one() int { return 1 }

func main() {
	a, b := one() // ERROR "^assignment mismatch: 2 variables but one returns 1 value$"
	_, _ = a, b
}
