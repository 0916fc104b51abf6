// run

// slices.Clone, Grow, Clip, Concat and Reverse.
package main

import (
	"fmt"
	"slices"
)

func main() {
	a := []int{1, 2, 3}
	b := slices.Clone(a)
	b[0] = 99
	fmt.Println(a, b, slices.Clone([]int(nil)) == nil, slices.Clone([]int{}) == nil)
	g := slices.Grow(a[:1], 10)
	fmt.Println(len(g), cap(g) >= 11, g)
	c := slices.Clip(make([]int, 2, 8))
	fmt.Println(len(c), cap(c))
	fmt.Println(slices.Concat([]string{"a"}, nil, []string{"b", "c"}), len(slices.Concat[[]int]()))
	r := []string{"x", "y", "z", "w"}
	slices.Reverse(r)
	fmt.Println(r)
	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Grow(a, -1)
}

// Output:
// [1 2 3] [99 2 3] true false
// 1 true [1]
// 2 2
// [a b c] 0
// [w z y x]
// recovered: cannot be negative
