// run

// A generic function calling itself infers its type arguments from its own
// type parameters (E := E), through slices, pointers to generic types and
// maps.
package main

type node[T any] struct {
	v    T
	next *node[T]
}

func count[T any](n *node[T]) int {
	if n == nil {
		return 0
	}
	return 1 + count(n.next)
}

func sumDown[E ~int | ~float64](xs []E, n int) E {
	if n == 0 {
		return 0
	}
	return xs[n-1] + sumDown(xs, n-1)
}

func depth[K comparable, V any](m map[K]V, d int) int {
	if d == 0 {
		return len(m)
	}
	return depth(m, d-1)
}

func main() {
	l := &node[string]{"a", &node[string]{"b", nil}}
	println(count(l), sumDown([]int{1, 2, 3}, 3), sumDown([]float64{0.5, 0.25}, 2) == 0.75)
	println(depth(map[string]int{"x": 1, "y": 2}, 4))
}

// Output:
// 2 6 true
// 2
