// run

// bufio.Scanner splits lines by default: "\r\n" and "\n" are dropped, an
// empty line is a token, a final line without newline is one too.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("one two\nthree\r\n\nfour"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d %q %q\n", n, sc.Text(), sc.Bytes())
	}
	fmt.Println(sc.Err(), sc.Scan())
	sc = bufio.NewScanner(strings.NewReader("last\n"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
}

// Output:
// 1 "one two" "one two"
// 2 "three" "three"
// 3 "" ""
// 4 "four" "four"
// <nil> false
// "last"
