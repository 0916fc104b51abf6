// run

// Variadic parameters take a list or a spread slice; a call with several
// results can feed another call's parameters directly.
package main

import (
	"fmt"
	"strconv"
)

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func add(a, b int) int { return a + b }

func parse(s string) (int, error) { return strconv.Atoi(s) }

func swap(a, b string) (string, string) { return b, a }

func main() {
	nums := []int{1, 2, 3}
	fmt.Println(sum(0), sum(1, 2, 3), sum(10, nums...))
	fmt.Println(add(divmod(17, 5)))
	q, r := divmod(9, 4)
	n, err := parse("42")
	_, err2 := parse("x")
	x, y := swap("a", "b")
	x, y = y, x
	var vals []interface{}
	vals = append(vals, 1, "two", 3.0)
	fmt.Println(q, r, n, err, err2 != nil, x, y, len(vals))
	fmt.Println(vals...)
}
