// run

// A type parameter constrained by comparable supports == and != and can be a
// map key; it works with strings, ints and comparable structs.
package main

type Key struct {
	A int
	B string
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Count[T comparable](xs []T) map[T]int {
	m := make(map[T]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

func Same[T comparable](a, b T) bool { return a == b && !(a != b) }

func main() {
	println(Index([]string{"a", "b", "c"}, "c"), Index([]int{1, 2}, 5))
	keys := []Key{{1, "x"}, {2, "y"}, {1, "x"}}
	println(Index(keys, Key{2, "y"}))
	c := Count(keys)
	println(len(c), c[Key{1, "x"}], c[Key{2, "y"}])
	println(Same(3, 3), Same("a", "b"), Same(Key{1, "x"}, Key{1, "x"}))
}

// Output:
// 2 -1
// 1
// 2 2 1
// true false true
