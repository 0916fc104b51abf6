// run

// Type arguments of a generic function are inferred from the call arguments,
// including from slice element types and from untyped constants' defaults.
package main

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func First[T any](xs []T) T { return xs[0] }

func Pair[A, B any](a A, b B) (B, A) { return b, a }

func main() {
	lens := Map([]string{"a", "bbb", "cc"}, func(s string) int { return len(s) })
	println(len(lens), lens[0], lens[1], lens[2])
	halves := Map(lens, func(n int) float64 { return float64(n) / 2 })
	println(halves[1] == 1.5)
	println(First([]string{"x", "y"}), First([]bool{true}))
	b, a := Pair(1, "one")
	println(b, a)
	println(First[int]([]int{7}))
}

// Output:
// 3 1 3 2
// true
// x true
// one 1
// 7
