// run

// slices.Insert, Delete (Go 1.22 zeroes the vacated tail), DeleteFunc and
// Replace.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []string{"a", "b", "c"}
	s = slices.Insert(s, 1, "x", "y")
	fmt.Println(s, len(s))
	s = slices.Insert(s, len(s), "end")
	fmt.Println(s)
	s = slices.Insert(s, 0)
	fmt.Println(s)
	a := []int{0, 1, 2, 3, 4, 5}
	b := slices.Delete(a, 1, 3)
	fmt.Println(b, a)
	c := make([]int, 3, 10)
	copy(c, []int{7, 8, 9})
	c = slices.Insert(c, 1, c...)
	fmt.Println(c)
	d := []int{1, 2, 3, 4, 5, 6}
	e := slices.DeleteFunc(d, func(n int) bool { return n%2 == 0 })
	fmt.Println(e, d)
	r := []int{1, 2, 3, 4, 5}
	r2 := slices.Replace(r, 1, 4, 9)
	fmt.Println(r2, r)
	r3 := slices.Replace([]int{1, 2}, 1, 2, 7, 8, 9)
	fmt.Println(r3)
}

// Output:
// [a x y b c] 5
// [a x y b c end]
// [a x y b c end]
// [0 3 4 5] [0 3 4 5 0 0]
// [7 7 8 9 8 9]
// [1 3 5] [1 3 5 0 0 0]
// [1 9 5] [1 9 5 0 0]
// [1 7 8 9]
