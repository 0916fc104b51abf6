// run

// Structs and arrays of comparable elements compare with ==, work as map keys
// and copy by value.
package main

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Name string
	At   [2]Point
}

func main() {
	p, q := Point{1, 2}, Point{1, 2}
	fmt.Println(p == q, p != Point{2, 1})
	a := [3]int{1, 2, 3}
	b := a // copy
	b[0] = 9
	fmt.Println(a == [3]int{1, 2, 3}, a != b, len(a), cap(b))
	seen := map[Key]int{}
	k := Key{"k", [2]Point{{0, 0}, {1, 1}}}
	seen[k]++
	seen[Key{"k", [2]Point{{0, 0}, {1, 1}}}]++
	fmt.Println(seen[k])
	grid := [...][2]string{{"a", "b"}, {"c", "d"}}
	var anon struct{ A, B int }
	anon = struct{ A, B int }{1, 2}
	var i1, i2 interface{} = p, q
	fmt.Println(len(grid), grid[1][0], anon.A+anon.B, i1 == i2)
}
