// run

// Taking a method value from a nil interface panics when the method value is
// evaluated, not when it is later called.
package main

type I interface{ M() }

func main() {
	var i I
	println("before")
	f := i.M
	println("after")
	f()
}

// Output:
// before
// Panic: runtime error: invalid memory address or nil pointer dereference
