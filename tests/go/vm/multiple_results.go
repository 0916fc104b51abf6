// run

// Functions return several results; f(g()) passes them on; named results.
package main

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func sum(a, b int) int { return a + b }

func swap(a, b string) (string, string) { return b, a }

func main() {
	q, r := divmod(17, 5)
	println(q, r, sum(divmod(17, 5)))
	x, y := swap("a", "b")
	x, y = y, x
	println(x, y)
}

// Output:
// 3 2 5
// a b
