// errorcheck

// A generic type must be instantiated before it can be used.
package main

type List[T any] struct {
	items []T
}

func main() {
	var l List // ERROR "^cannot use generic type List\[T any\] without instantiation$"
	_ = l
	var m List[int]
	_ = m
}
