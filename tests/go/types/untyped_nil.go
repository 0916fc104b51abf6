// errorcheck

// nil has no type of its own: it cannot initialize a variable without a
// declared type, nor be assigned to a non-pointer-like type.
package main

func main() {
	x := nil        // ERROR "^use of untyped nil in assignment$"
	var n int = nil // ERROR "^cannot use nil as int value in variable declaration$"
	_, _ = x, n
}
