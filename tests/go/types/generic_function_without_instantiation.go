// errorcheck

// A generic function must be instantiated before it can be used as a value.
package main

func first[T any](xs []T) T { return xs[0] }

func main() {
	f := first // ERROR "^cannot use generic function first without instantiation$"
	g := first[int]
	_, _ = f, g
}
