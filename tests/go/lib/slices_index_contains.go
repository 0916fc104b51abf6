// run

// slices.Index, IndexFunc, Contains and ContainsFunc.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []string{"go", "rust", "zig", "go"}
	fmt.Println(slices.Index(s, "go"), slices.Index(s, "zig"), slices.Index(s, "c"))
	fmt.Println(slices.Contains(s, "rust"), slices.Contains(s, "c"), slices.Contains([]int(nil), 0))
	isLong := func(x string) bool { return len(x) > 3 }
	fmt.Println(slices.IndexFunc(s, isLong), slices.ContainsFunc(s, isLong))
	fmt.Println(slices.IndexFunc([]int{1, 3, 5}, func(n int) bool { return n%2 == 0 }))
}

// Output:
// 0 2 -1
// true false false
// 1 true
// -1
