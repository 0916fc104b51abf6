// run

// Arrays are values: assignment and passing to a function copy all elements.
package main

func zeroFirst(a [3]int) [3]int {
	a[0] = 0
	return a
}

func zeroFirstPtr(a *[3]int) {
	a[0] = 0
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	println(a[0], a[1], a[2], b[0], b[1], b[2])
	c := zeroFirst(a)
	println(a[0], c[0], c[1])
	zeroFirstPtr(&a)
	println(a[0], a[1])
}

// Output:
// 1 2 3 1 20 3
// 1 0 2
// 0 2
