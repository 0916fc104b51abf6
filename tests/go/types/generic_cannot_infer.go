// errorcheck

// A type parameter that appears in no argument cannot be inferred; gc names
// the position where the type parameter is declared.
package main

func zero[T any]() T {
	var z T
	return z
}

func main() {
	_ = zero[int]()
	_ = zero() // ERROR "^cannot infer T \(.*generic_cannot_infer\.go:7:11\)$"
}
