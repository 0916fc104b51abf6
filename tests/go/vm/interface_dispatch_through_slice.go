// run

// Calling a method through a slice of interface values dispatches on each
// element's dynamic type.
package main

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ W, H int }

func (r Rect) Area() int    { return r.W * r.H }
func (r Rect) Name() string { return "rect" }

type Square struct{ S int }

func (s *Square) Area() int    { return s.S * s.S }
func (s *Square) Name() string { return "square" }

type Tri struct{ B, H int }

func (t Tri) Area() int    { return t.B * t.H / 2 }
func (t Tri) Name() string { return "tri" }

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}, Tri{6, 5}, Rect{1, 1}}
	total := 0
	for i, s := range shapes {
		println(i, s.Name(), s.Area())
		total += s.Area()
	}
	println("total", total)
}

// Output:
// 0 rect 6
// 1 square 16
// 2 tri 15
// 3 rect 1
// total 38
