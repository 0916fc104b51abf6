// errorcheck

// An untyped constant takes its default type (int) when it initializes a
// variable of no declared type; 1 << 70 does not fit int.
package main

var big = 1 << 70 // ERROR "^cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in variable declaration \(overflows\)$"

func main() {
	x := 1 << 70 // ERROR "^cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in assignment \(overflows\)$"
	_ = x
	const exact = 1 << 70 // fine: untyped constants are exact
	_ = exact >> 65
}
