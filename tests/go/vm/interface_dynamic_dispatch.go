// run

// Calling a method through an interface dispatches on the dynamic type.
package main

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ W, H int }

type Square struct{ S int }

func (r Rect) Area() int      { return r.W * r.H }
func (r Rect) Name() string   { return "rect" }
func (s Square) Area() int    { return s.S * s.S }
func (s Square) Name() string { return "square" }

func total(shapes []Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []Shape{Rect{2, 3}, Square{4}, Rect{1, 1}}
	for _, s := range shapes {
		println(s.Name(), s.Area())
	}
	println(total(shapes))
	var s Shape = Square{2}
	println(s.Area())
	s = Rect{5, 5}
	println(s.Area())
}

// Output:
// rect 6
// square 16
// rect 1
// 23
// 4
// 25
