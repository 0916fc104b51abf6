// run

// slices.Sort (NaNs first), SortFunc, IsSorted, IsSortedFunc,
// BinarySearch and BinarySearchFunc.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type user struct {
	name string
	age  int
}

func main() {
	a := []int{9, -3, 5, 5, 0, 12, 7, 1, 8, 2, 6, 4, 3, 11, 10}
	fmt.Println(slices.IsSorted(a))
	slices.Sort(a)
	fmt.Println(a, slices.IsSorted(a))
	f := []float64{1.5, math.NaN(), -2, math.Inf(1), math.NaN(), 0}
	slices.Sort(f)
	fmt.Println(f)
	s := []string{"Banana", "apple", "cherry", "Apple"}
	slices.SortFunc(s, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(s[2:], slices.IsSortedFunc(s, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) }))
	for _, t := range []int{5, 13, -5} {
		i, ok := slices.BinarySearch(a, t)
		fmt.Println(t, i, ok)
	}
	i, ok := slices.BinarySearch(f, math.NaN())
	fmt.Println(i, ok)
	users := []user{{"Alice", 55}, {"Bob", 24}, {"Gopher", 13}}
	slices.SortFunc(users, func(a, b user) int { return cmp.Compare(a.name, b.name) })
	n, found := slices.BinarySearchFunc(users, "Bob", func(u user, name string) int { return cmp.Compare(u.name, name) })
	fmt.Println(n, found)
	n, found = slices.BinarySearchFunc(users, "Carl", func(u user, name string) int { return cmp.Compare(u.name, name) })
	fmt.Println(n, found)
}

// Output:
// false
// [-3 0 1 2 3 4 5 5 6 7 8 9 10 11 12] true
// [NaN NaN -2 0 1.5 +Inf]
// [Banana cherry] true
// 5 6 true
// 13 15 false
// -5 0 false
// 0 true
// 1 true
// 2 false
