// errorcheck

// Inside a generic function only the operations of the constraint are
// available on values of a type parameter.
package main

func add[T any](a, b T) T {
	return a + b // ERROR "^invalid operation: operator \+ not defined on a \(variable of type T constrained by any\)$"
}

func main() { _ = add(1, 2) }
