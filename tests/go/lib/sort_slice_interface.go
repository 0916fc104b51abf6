// run

// sort.Slice on slices of structs and strings, sort.Sort with a user
// Interface, sort.Reverse, and the IntSlice/StringSlice/Float64Slice
// methods.
package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type point struct{ x, y int }

func main() {
	pts := []point{{3, 1}, {1, 2}, {2, 9}, {0, 0}, {5, 5}}
	sort.Slice(pts, func(i, j int) bool { return pts[i].x < pts[j].x })
	fmt.Println(pts, sort.SliceIsSorted(pts, func(i, j int) bool { return pts[i].x < pts[j].x }))
	s := []string{"ccc", "a", "dddd", "bb"}
	sort.Sort(byLen(s))
	fmt.Println(s)
	sort.Sort(sort.Reverse(byLen(s)))
	fmt.Println(s)
	a := []int{4, 1, 3, 2}
	sort.Sort(sort.Reverse(sort.IntSlice(a)))
	fmt.Println(a, sort.IsSorted(sort.IntSlice(a)))
	x := sort.StringSlice{"b", "c", "a"}
	x.Sort()
	fmt.Println(x, x.Len(), x.Less(0, 1))
	f := sort.Float64Slice{2, 1}
	f.Swap(0, 1)
	fmt.Println(f)
}

// Output:
// [{0 0} {1 2} {2 9} {3 1} {5 5}] true
// [a bb ccc dddd]
// [dddd ccc bb a]
// [4 3 2 1] false
// [a b c] 3 true
// [1 2]
