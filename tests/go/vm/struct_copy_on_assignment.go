// run

// Assigning a struct copies it; changing the copy leaves the original alone.
package main

type Point struct {
	X, Y int
}

func main() {
	a := Point{1, 2}
	b := a
	b.X = 10
	println(a.X, a.Y, b.X, b.Y)
	var c Point
	c = b
	c.Y = 20
	println(b.X, b.Y, c.X, c.Y)
}

// Output:
// 1 2 10 2
// 10 2 10 20
