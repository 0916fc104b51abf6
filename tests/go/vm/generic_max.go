// run

// A generic function constrained by int | float64 is instantiated for each type argument.
package main

type Number interface {
	int | float64
}

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func SumAll[T Number](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

type MyInt int

func Min[T ~int](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func main() {
	println(Max(3, 7), Max(-1, -5))
	println(Max(2.5, 1.5) == 2.5, Max[float64](1, 2) == 2)
	println(SumAll([]int{1, 2, 3, 4}))
	println(SumAll([]float64{0.5, 0.25}) == 0.75)
	println(Min(MyInt(4), MyInt(2)))
}

// Output:
// 7 -1
// true true
// 10
// true
// 2
