// errorcheck

// An untyped constant assigned to a variable must fit its type.
package main

func main() {
	var x int8
	x = 300 // ERROR "^cannot use 300 \(untyped int constant\) as int8 value in assignment \(overflows\)$"
	_ = x
}
