// run

// A failed single-result type assertion on an empty interface panics with an
// interface conversion error naming both types.
package main

func main() {
	var e interface{} = "hello"
	s := e.(string)
	println(s)
	n := e.(int)
	println(n)
}

// Output:
// hello
// Panic: interface conversion: interface {} is string, not int
