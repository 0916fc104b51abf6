// run

// A parenthesized func type literal converts its operand: (func())(nil),
// (func(int) int)(f).
package main

type op func(int) int

func double(x int) int { return 2 * x }

func main() {
	f := (func())(nil)
	println(f == nil)
	g := (func(int) int)(double)
	println(g(21))
	var h op = op(g)
	k := (func(int) int)(h)
	println(k(5))
}

// Output:
// true
// 42
// 10
