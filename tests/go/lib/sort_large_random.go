// run

// Sorting 200000 pseudo-random ints and already sorted or reversed input
// finishes quickly (O(n log n)) and gives sorted output.
package main

import (
	"fmt"
	"sort"
)

func main() {
	n := 200000
	a := make([]int, n)
	x := uint32(12345)
	for i := range a {
		x = x*1664525 + 1013904223
		a[i] = int(x >> 8)
	}
	sort.Ints(a)
	fmt.Println(sort.IntsAreSorted(a))
	sort.Sort(sort.Reverse(sort.IntSlice(a)))
	fmt.Println(sort.IsSorted(sort.Reverse(sort.IntSlice(a))))
	sort.Ints(a)
	fmt.Println(sort.IntsAreSorted(a))
	b := make([]int, n)
	for i := range b {
		b[i] = i % 3
	}
	sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
	fmt.Println(b[0], b[n/3-1], b[n/3+1], b[n-1])
}

// Output:
// true
// true
// true
// 0 0 1 2
