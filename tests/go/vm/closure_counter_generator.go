// run

// Each call of a generator gets its own captured variable, shared by its closures.
package main

func counter() (func() int, func()) {
	n := 0
	next := func() int {
		n++
		return n
	}
	reset := func() {
		n = 0
	}
	return next, reset
}

func main() {
	a, resetA := counter()
	b, _ := counter()
	println(a(), a(), a())
	println(b(), b())
	resetA()
	println(a(), b())
}

// Output:
// 1 2 3
// 1 2
// 1 3
