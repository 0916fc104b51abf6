// run

// Too few operands print %!verb(MISSING), too many %!(EXTRA type=value),
// a format ending in % prints %!(NOVERB), and bad * operands
// %!(BADWIDTH) and %!(BADPREC).
package main

import "fmt"

func main() {
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, "x", nil, 2.5)
	fmt.Println(fmt.Sprintf("hi", "guys"))
	fmt.Println(fmt.Sprintf("100%"))
	fmt.Printf("%*s|\n", "w", "a")
	fmt.Printf("%.*s|\n", 1.5, "abc")
	fmt.Printf("%s %%\n")
	fmt.Printf("%5%|\n")
}

// Output:
// 1 %!d(MISSING)
// 1
// %!(EXTRA string=x, <nil>, float64=2.5)hi%!(EXTRA string=guys)
// 100%!(NOVERB)
// %!(BADWIDTH)a|
// %!(BADPREC)abc|
// %!s(MISSING) %
// %|
