// run

// slices.Max of an empty slice panics.
package main

import "slices"

func main() {
	slices.Max([]int{})
}

// Panic: slices.Max: empty list
