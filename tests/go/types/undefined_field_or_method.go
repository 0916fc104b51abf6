// errorcheck

// Selecting a field or method that the type does not have is an error.
package main

type T struct{ a int }

func main() {
	var t T
	_ = t.foo // ERROR "^t\.foo undefined \(type T has no field or method foo\)$"
}
