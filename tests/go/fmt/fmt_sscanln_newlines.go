// run

// Sscanln stops at a newline: operands may not continue past it, and only
// blanks may follow the last one before the newline.
package main

import "fmt"

func main() {
	var a, b int
	n, err := fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("4\n5", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("6 7 8", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("9 10   ", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("\n", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("\n\n11", &a)
	fmt.Println(n, err, a)
}

// Output:
// 2 <nil> 1 2
// 1 unexpected newline 4 2
// 2 expected newline 6 7
// 2 <nil> 9 10
// 0 EOF
// 0 unexpected newline
// 1 <nil> 11
