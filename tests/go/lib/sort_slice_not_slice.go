// run

// sort.Slice of a value that is not a slice panics as Go's reflection
// does.
package main

import "sort"

func main() {
	sort.Slice(42, func(i, j int) bool { return false })
}

// Panic: reflect: call of Swapper on int Value
