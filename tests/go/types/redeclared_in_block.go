// errorcheck

// A name can be declared only once in a block; the error also points at the
// first declaration.
package main

func main() {
	x := 1       // ERROR "^other declaration of x$"
	var x string // ERROR "^x redeclared in this block$"
	_ = x
}
