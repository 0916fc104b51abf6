// run

// slices.Delete with bounds outside the slice panics with the slice
// bounds error.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 2, 3}
	fmt.Println(slices.Delete(s, 1, 2))
	slices.Delete(s, 2, 5)
}

// Output:
// [1 3]
// Panic: runtime error: slice bounds out of range [:5:3]
