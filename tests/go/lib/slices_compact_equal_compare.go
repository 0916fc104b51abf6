// run

// slices.Compact, CompactFunc, Equal, EqualFunc, Compare and CompareFunc.
package main

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

func main() {
	a := []int{1, 1, 2, 3, 3, 3, 1, 4, 4}
	c := slices.Compact(a)
	fmt.Println(c, a)
	w := []string{"Go", "go", "GO", "rust", "Rust", "zig"}
	fmt.Println(slices.CompactFunc(w, strings.EqualFold))
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]int{1}, []int{1, 2}), slices.Equal([]int{}, nil))
	fmt.Println(slices.Equal([]float64{math.NaN()}, []float64{math.NaN()}))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(n int, s string) bool { return strconv.Itoa(n) == s }))
	fmt.Println(slices.Compare([]int{1, 2, 3}, []int{1, 2, 4}), slices.Compare([]int{1, 2}, []int{1, 2, 0}),
		slices.Compare([]string{"b"}, []string{"a", "z"}), slices.Compare([]int{}, []int(nil)))
	fmt.Println(slices.CompareFunc([]int{1, 20}, []int{1, 3}, func(a, b int) int { return len(strconv.Itoa(a)) - len(strconv.Itoa(b)) }))
}

// Output:
// [1 2 3 1 4] [1 2 3 1 4 0 0 0 0]
// [Go rust zig]
// true false true
// false
// true
// -1 -1 1 0
// 1
