// errorcheck

// The comparable constraint rejects slices, maps and functions.
package main

func index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func main() {
	_ = index([]string{"a"}, "a")
	_ = index([][]int{nil}, nil) // ERROR "^\[\]int does not satisfy comparable$"
}
