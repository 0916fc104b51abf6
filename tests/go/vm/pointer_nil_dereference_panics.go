// run

// Reading a field through a nil struct pointer panics with a nil pointer dereference.
package main

type T struct {
	X int
}

func get(p *T) int {
	return p.X
}

func main() {
	var p *T
	println(p == nil)
	println(get(p))
}

// Output:
// true
// Panic: runtime error: invalid memory address or nil pointer dereference
