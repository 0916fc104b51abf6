// run

// A constraint with a union of ~int | ~float64 accepts those types and named
// types whose underlying type is one of them; operators work on T.
package main

type Number interface {
	~int | ~float64
}

type Meters float64
type Count int

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	println(Sum(1, 2, 3))
	println(Sum(1.5, 2.25))
	m := Sum(Meters(1.5), Meters(2))
	println(m == 3.5)
	c := Sum[Count](4, 5)
	println(int(c))
	println(Max(3, 9), Max(Count(8), 2))
	println(Max(-1.5, -2.5) == -1.5)
}

// Output:
// 6
// +3.750000e+000
// true
// 9
// 9 8
// true
