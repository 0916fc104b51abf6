// run

// A value-receiver method works on a copy; it is callable on values and pointers.
package main

type Point struct {
	X, Y int
}

func (p Point) Sum() int {
	return p.X + p.Y
}

func (p Point) Moved(dx int) Point {
	p.X += dx
	return p
}

func main() {
	p := Point{1, 2}
	println(p.Sum())
	q := p.Moved(10)
	println(p.X, q.X, q.Sum())
	pp := &p
	println(pp.Sum(), pp.Moved(1).X, p.X)
	println(Point{3, 4}.Sum())
}

// Output:
// 3
// 1 11 13
// 3 2 1
// 7
