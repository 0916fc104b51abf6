// run

// Fscan, Fscanln and Fscanf read from an io.Reader: a strings.Reader
// (which can unread, so nothing is lost between calls) and a plain
// Reader read a byte at a time.
package main

import (
	"fmt"
	"io"
	"strings"
)

type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func main() {
	var c int64
	var ui uint
	var s string
	var f float64
	n, err := fmt.Fscan(strings.NewReader("9223372036854775807 -1"), &c, &ui)
	fmt.Println(n, err, c, ui)
	r := strings.NewReader("first 1.5\nsecond 2.5\n")
	for {
		n, err := fmt.Fscanln(r, &s, &f)
		if err != nil {
			fmt.Println(n, err)
			break
		}
		fmt.Println(n, s, f)
	}
	n, err = fmt.Fscanf(strings.NewReader("id:42 héllo"), "id:%d %s", &c, &s)
	fmt.Println(n, err, c, s)
	n, err = fmt.Fscan(onlyReader{strings.NewReader("日本 7")}, &s, &c)
	fmt.Println(n, err, s, c)
}

// Output:
// 1 expected integer 9223372036854775807 0
// 2 first 1.5
// 2 second 2.5
// 0 EOF
// 2 <nil> 42 héllo
// 2 <nil> 日本 7
