// run

// A type assertion to a concrete type yields the value when the dynamic type
// matches; the comma-ok form reports false and the zero value otherwise.
package main

type Point struct{ X, Y int }

func main() {
	var e interface{} = 42
	n := e.(int)
	println(n + 1)
	s, ok := e.(string)
	println(s == "", ok)
	f, ok := e.(float64)
	println(f == 0, ok)
	e = Point{1, 2}
	p, ok := e.(Point)
	println(p.X, p.Y, ok)
	pp, ok := e.(*Point)
	println(pp == nil, ok)
	e = nil
	n, ok = e.(int)
	println(n, ok)
}

// Output:
// 43
// true false
// true false
// 1 2 true
// true false
// 0 false
