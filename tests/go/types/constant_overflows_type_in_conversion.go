// errorcheck

// Converting a constant to an integer type it does not fit is an error.
package main

func main() {
	b := byte(256) // ERROR "^constant 256 overflows byte$"
	_ = b
	i := int8(-129) // ERROR "^constant -129 overflows int8$"
	_ = i
}
