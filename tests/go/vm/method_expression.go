// run

// A method expression T.M is a function taking the receiver as its first argument.
package main

type Point struct {
	X, Y int
}

func (p Point) Add(q Point) Point {
	return Point{p.X + q.X, p.Y + q.Y}
}

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func main() {
	add := Point.Add
	r := add(Point{1, 2}, Point{10, 20})
	println(r.X, r.Y)
	scale := (*Point).Scale
	scale(&r, 2)
	println(r.X, r.Y)
	viaPtr := (*Point).Add
	s := viaPtr(&r, Point{1, 1})
	println(s.X, s.Y)
	var f func(Point, Point) Point = Point.Add
	println(f(s, s).X)
}

// Output:
// 11 22
// 22 44
// 23 45
// 46
