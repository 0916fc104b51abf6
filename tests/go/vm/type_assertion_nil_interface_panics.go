// run

// A single-result type assertion on a nil interface panics, saying the
// interface is nil.
package main

func main() {
	var e interface{}
	_, ok := e.(int)
	println(ok)
	n := e.(int)
	println(n)
}

// Output:
// false
// Panic: interface conversion: interface {} is nil, not int
