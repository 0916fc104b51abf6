// errorcheck

// A type argument must be in the type set of its constraint.
package main

type Number interface{ ~int | ~float64 }

func sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	_ = sum(1, 2)
	_ = sum("a", "b") // ERROR "^string does not satisfy Number \(string missing in ~int \| ~float64\)$"
}
