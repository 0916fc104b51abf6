// errorcheck

// A constant index into an array must be within its bounds.
package main

func main() {
	var a [3]int
	_ = a[2]
	_ = a[5]  // ERROR "^invalid argument: index 5 out of bounds \[0:3\]$"
	_ = a[-1] // ERROR "^invalid argument: index -1 \(constant of type int\) must not be negative$"
}
