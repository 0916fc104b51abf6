// run

// Variadic parameters collect extra arguments into a slice; s... passes a slice directly.
package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func setFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 99
	}
}

func main() {
	println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	println(sum(nums...))
	println(join("-", "a", "b", "c"), join(","), len(join(",")))
	setFirst(nums...)
	println(nums[0])
	setFirst(1, 2)
	var none []int
	println(sum(none...))
}

// Output:
// 0 1 6
// 15
// a-b-c  0
// 99
// 0
