// run

// A failed type assertion on a named interface type names the interface, the
// actual dynamic type and the asserted type, qualified with the package.
package main

type Shape interface{ Area() int }

type Square struct{ s int }

func (q *Square) Area() int { return q.s * q.s }

type Circle struct{ r int }

func (c *Circle) Area() int { return 3 * c.r * c.r }

func main() {
	var s Shape = &Square{2}
	println(s.(*Square).Area())
	c := s.(*Circle)
	println(c.r)
}

// Output:
// 4
// Panic: interface conversion: main.Shape is *main.Square, not *main.Circle
