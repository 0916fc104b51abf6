// run

// slices.CompactFunc asks eq about each element and the one before it in
// the input (not the last kept one), so a non-transitive eq drops a whole
// chain.
package main

import (
	"fmt"
	"slices"
)

func main() {
	near := func(a, b int) bool { return a-b <= 1 && b-a <= 1 }
	fmt.Println(slices.CompactFunc([]int{1, 2, 3, 5, 6, 8}, near))
	gt := func(a, b int) bool { return a > b }
	fmt.Println(slices.CompactFunc([]int{1, 2, 3, 2, 1, 5, 0}, gt))
}

// Output:
// [1 5 8]
// [1 2 1 0]
