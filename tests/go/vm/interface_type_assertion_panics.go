// run

// A failed single-result type assertion panics with an interface conversion error.
package main

func main() {
	var x interface{} = "hello"
	s := x.(string)
	println(s)
	n := x.(int)
	println(n)
}

// Output:
// hello
// Panic: interface conversion: interface {} is string, not int
