// run

// Sscanf: literal text must match, blanks in the format match blanks in
// the input, verbs pick the base and form, widths limit an operand, and
// operand counts are checked.
package main

import "fmt"

func main() {
	var a, b int
	var s, t string
	var f float64
	var r rune
	n, err := fmt.Sscanf("x=5 y=hi", "x=%d y=%s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscanf("10-20", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("ff 777 101", "%x %o %b", &a, &b, &r)
	fmt.Println(n, err, a, b, r)
	n, err = fmt.Sscanf("3.25 q", "%f %c", &f, &r)
	fmt.Println(n, err, f, r)
	n, err = fmt.Sscanf("12345", "%3d%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("hello world", "%5s%s", &s, &t)
	fmt.Println(n, err, s, t)
	n, err = fmt.Sscanf("1 2", "%d%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("1\n2", "%d %d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("3\n4", "%d\n%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("%5", "%%%d", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf(`"a\tc" 6869`, "%q %x", &s, &t)
	fmt.Printf("%d %v %q %q\n", n, err, s, t)
	n, err = fmt.Sscanf("U+1F600", "%U", &r)
	fmt.Println(n, err, string(r))
	n, err = fmt.Sscanf("5", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 6", "%d %d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("a5", "b%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("", "x%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("x", "x%d", &a)
	fmt.Println(n, err)
}

// Output:
// 2 <nil> 5 hi
// 2 <nil> 10 20
// 3 <nil> 255 511 5
// 2 <nil> 3.25 113
// 2 <nil> 123 45
// 2 <nil> hello world
// 2 <nil> 1 2
// 1 newline in input does not match format 1 2
// 2 <nil> 3 4
// 1 <nil> 5
// 2 <nil> "a\tc" "hi"
// 1 <nil> 😀
// 1 EOF
// 1 too many operands
// 1 too few operands for format '%d'
// 0 input does not match format
// 0 unexpected EOF
// 0 EOF
