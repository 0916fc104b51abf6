// run

// bytes Split, SplitN, SplitAfter, Fields and FieldsFunc; pieces are capped at their length.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("a,b,,c")
	fmt.Printf("%q\n", bytes.Split(s, []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN(s, []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter(s, []byte(",")))
	fmt.Printf("%q\n", bytes.SplitAfterN(s, []byte(","), 3))
	fmt.Printf("%q\n", bytes.Split([]byte("héllo"), nil))
	fmt.Println(bytes.SplitN(s, []byte(","), 0) == nil)
	fmt.Printf("%q\n", bytes.Fields([]byte(" foo\u00a0bar  baz\t")))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b2c"), unicode.IsDigit))
	parts := bytes.Split(s, []byte(","))
	fmt.Println(len(parts[0]), cap(parts[0]))
}

// Output:
// ["a" "b" "" "c"]
// ["a" "b,,c"]
// ["a," "b," "," "c"]
// ["a," "b," ",c"]
// ["h" "é" "l" "l" "o"]
// true
// ["foo" "bar" "baz"]
// ["a" "b" "c"]
// 1 1
