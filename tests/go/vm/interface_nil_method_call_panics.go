// run

// Calling a method on a nil interface value panics with a nil pointer
// dereference.
package main

type I interface{ M() int }

func call(i I) int {
	return i.M()
}

func main() {
	var i I
	println("calling")
	println(call(i))
}

// Output:
// calling
// Panic: runtime error: invalid memory address or nil pointer dereference
