// run

// The min and max builtins take one or more ordered arguments: ints, floats
// (mixed with untyped constants) and strings.
package main

func main() {
	a, b, c := 7, -3, 12
	println(min(a, b, c), max(a, b, c))
	println(min(a), max(b))
	x := 2.5
	println(min(x, 1.25, 3) == 1.25, max(x, 1, 4.75) == 4.75)
	println(min(x, 10), max(-0.5, x))
	println(min("pear", "apple", "fig"), max("pear", "apple", "fig"))
	println(max("", "a"), min("b", "ab"))
	var u uint8 = 200
	println(max(u, 100), min(u, 255))
	const k = max(1, 2.5, 2)
	println(k)
}

// Output:
// -3 12
// 7 -3
// true true
// +2.500000e+000 +2.500000e+000
// apple pear
// a ab
// 200 200
// +2.500000e+000
