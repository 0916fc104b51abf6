// errorcheck

// An untyped constant initializing a variable must fit the variable's type.
package main

func main() {
	var u uint8 = 256 // ERROR "^cannot use 256 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)$"
	var n uint = -1   // ERROR "^cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)$"
	_, _ = u, n
}
