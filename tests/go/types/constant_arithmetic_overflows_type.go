// errorcheck

// Arithmetic on typed constants must stay within the type.
package main

const max byte = 255

func main() {
	x := max + 1 // ERROR "^max \+ 1 \(constant 256 of type byte\) overflows byte$"
	_ = x
}
