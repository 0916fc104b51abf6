// run

// f(g()) passes g's results as f's arguments, converting each to its
// parameter's type, and fills a variadic parameter from the rest.
package main

import "fmt"

func pair() (int, string) { return 7, "seven" }

func three() (int, int, int) { return 1, 2, 3 }

func show(n int, s string) string { return fmt.Sprint(n, "=", s) }

func anyPair(a, b any) string { return fmt.Sprintf("%T %T", a, b) }

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func main() {
	fmt.Println(pair())
	fmt.Println(show(pair()))
	fmt.Println(anyPair(pair()))
	fmt.Println(sum(three()))
	fmt.Println(fmt.Sprint(three()))
	println(pair())
}

// Output:
// 7 seven
// 7=seven
// int string
// 6
// 1 2 3
// 7 seven
