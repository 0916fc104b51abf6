// run

// p.f on a struct pointer dereferences automatically, same as (*p).f.
package main

type Vec struct {
	X, Y int
}

type Box struct {
	Pos *Vec
	Tag string
}

func scale(v *Vec, k int) {
	v.X *= k
	(*v).Y *= k
}

func main() {
	v := Vec{1, 2}
	p := &v
	p.X = 10
	println(v.X, (*p).X, p.Y)
	scale(p, 3)
	println(v.X, v.Y)
	b := &Box{Pos: &v, Tag: "b"}
	b.Pos.Y = 7
	println(v.Y, b.Tag)
	pp := &p
	(*pp).X = 99
	println(v.X)
}

// Output:
// 10 10 2
// 30 6
// 7 b
// 99
