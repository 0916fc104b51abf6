// errorcheck

// A local variable that is declared but never used is an error (Go 1.22
// wording: "x declared and not used").
package main

func main() {
	x := 1    // ERROR "^x declared and not used$"
	y := 2    // ERROR "^y declared and not used$"
	y = 3     // assigning is not using
	var z int // ERROR "^z declared and not used$"
}
