// run

// The errors of the scanning functions: io.EOF when the input ends before
// an operand, "expected integer", overflow, strconv's errors, bad verbs,
// non-pointer operands and unexpected EOF inside a quoted string.
package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	var a, b int
	var u uint8
	var i8 int8
	var f float64
	var s string
	n, err := fmt.Sscan("", &a)
	fmt.Println(n, err, err == io.EOF)
	n, err = fmt.Sscan("7", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("   ", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("-", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("300", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscan("-200", &i8)
	fmt.Println(n, err)
	n, err = fmt.Sscan("-1", &u)
	fmt.Println(n, err)
	n, err = fmt.Sscan("99999999999999999999", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("abc", &f)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1e400", &f)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("7", "%s", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("7", "%d", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf(`"abc`, "%q", &s)
	fmt.Println(n, err, errors.Is(err, io.ErrUnexpectedEOF))
	n, err = fmt.Sscan("tru", new(bool))
	fmt.Println(n, err)
}

// Output:
// 0 EOF true
// 1 EOF 7
// 0 EOF
// 0 expected integer
// 0 EOF
// 0 unsigned integer overflow on token 300 0
// 0 integer overflow on token -200
// 0 expected integer
// 0 strconv.ParseInt: parsing "99999999999999999999": value out of range
// 0 strconv.ParseFloat: parsing "": invalid syntax
// 0 strconv.ParseFloat: parsing "1e400": value out of range
// 0 type not a pointer: int
// 0 bad verb '%s' for integer
// 0 bad verb '%d' for string
// 0 unexpected EOF true
// 0 syntax error scanning boolean
