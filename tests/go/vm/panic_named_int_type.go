// run

// panic with a value of a named basic type prints the type name and the value
// in parentheses.
package main

type T int

func main() {
	panic(T(5))
}

// Panic: main.T(5)
