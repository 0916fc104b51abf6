// Method calls: 12M dynamic calls through an interface (three concrete
// types, value and pointer receivers, in a slice of interface values) and
// 12M direct calls on concrete types, value and pointer receivers.
// Peer: bench/lua/methods.lua.
package main

type Shape interface {
	Area() int
}

type Rect struct {
	w, h int
}

func (r Rect) Area() int { return r.w * r.h }

type Square struct {
	side int
}

func (s *Square) Area() int { return s.side * s.side }

type Tri struct {
	base, height int
}

func (t Tri) Area() int { return t.base * t.height / 2 }

type Counter struct {
	n int
}

func (c *Counter) Add(k int) { c.n += k }

func main() {
	// 300 shapes, the three types interleaved so a call site sees them all.
	shapes := make([]Shape, 0, 300)
	for i := 0; i < 100; i++ {
		shapes = append(shapes, Rect{i%7 + 1, i%5 + 2})
		shapes = append(shapes, &Square{i%9 + 1})
		shapes = append(shapes, Tri{i%11 + 2, i%3 + 4})
	}

	// Dynamic calls: 40000 rounds over the slice = 12M interface calls.
	sum := 0
	for round := 0; round < 40000; round++ {
		for _, s := range shapes {
			sum += s.Area()
		}
	}
	println(sum)

	// Direct calls: 4M rounds of three calls on concrete values = 12M calls,
	// a value receiver, a pointer receiver and a mutating pointer receiver.
	r := Rect{3, 4}
	sq := &Square{5}
	c := &Counter{}
	for i := 0; i < 4000000; i++ {
		r.w = i & 15
		c.Add(r.Area() + sq.Area())
	}
	println(c.n)
}
