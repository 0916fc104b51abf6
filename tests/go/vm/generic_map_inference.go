// run

// Type arguments of a generic Map/Filter/Reduce are inferred from the arguments.
package main

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	nums := []int{1, 2, 3, 4, 5}
	sq := Map(nums, func(x int) int { return x * x })
	for i, v := range sq {
		if i > 0 {
			print(" ")
		}
		print(v)
	}
	println()
	strs := Map(nums, func(x int) string { return string(rune('a' + x - 1)) })
	println(len(strs), strs[0], strs[4])
	even := Filter(sq, func(x int) bool { return x%2 == 0 })
	println(len(even), even[0], even[1])
	joined := Reduce(strs, "", func(acc string, s string) string { return acc + s })
	println(joined)
	total := Reduce(nums, 0, func(acc, x int) int { return acc + x })
	println(total)
}

// Output:
// 1 4 9 16 25
// 5 a e
// 2 4 16
// abcde
// 15
