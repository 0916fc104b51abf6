// run

// sort.Search, SearchInts/Strings/Float64s, the Search methods and Find
// return the insertion point in sorted data.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	a := []int{1, 3, 3, 5, 8}
	fmt.Println(sort.SearchInts(a, 3), sort.SearchInts(a, 4), sort.SearchInts(a, 0), sort.SearchInts(a, 9))
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"), sort.SearchFloat64s([]float64{0.5, 1.5}, 1.5))
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }), sort.Search(0, func(int) bool { return true }))
	fmt.Println(sort.IntSlice(a).Search(5), sort.StringSlice{"x", "y"}.Search("y"), sort.Float64Slice{1, 2}.Search(1.5))
	words := []string{"apple", "fig", "kiwi", "pear"}
	for _, t := range []string{"fig", "grape", "zzz"} {
		i, found := sort.Find(len(words), func(i int) int { return strings.Compare(t, words[i]) })
		fmt.Println(t, i, found)
	}
}

// Output:
// 1 3 0 5
// 2 1
// 8 0
// 3 1 1
// fig 1 true
// grape 2 false
// zzz 4 false
