// errorcheck

// Using a name that is declared nowhere is an error.
package main

func main() {
	y := x + 1 // ERROR "^undefined: x$"
	_ = y
}
