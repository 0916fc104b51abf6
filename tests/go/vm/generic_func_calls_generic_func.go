// run

// A generic function can call other generic functions, passing its own type
// parameter on explicitly or by inference.
package main

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Less[T Ordered](a, b T) bool { return a < b }

func Min[T Ordered](xs []T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if Less(x, m) {
			m = x
		}
	}
	return m
}

func Reverse[T any](xs []T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[len(xs)-1-i] = x
	}
	return out
}

func MinOfReversed[T Ordered](xs []T) T {
	return Min[T](Reverse(xs))
}

func main() {
	println(Min([]int{5, 2, 8}))
	println(Min([]string{"pear", "apple", "fig"}))
	println(MinOfReversed([]int64{3, 1, 2}))
	r := Reverse([]string{"a", "b", "c"})
	println(r[0], r[1], r[2])
}

// Output:
// 2
// apple
// 1
// c b a
