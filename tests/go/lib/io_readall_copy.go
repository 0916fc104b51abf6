// run

// io.ReadAll, Copy, CopyN (EOF when the source runs short), ReadFull
// (ErrUnexpectedEOF) and ReadAtLeast.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	b, err := io.ReadAll(strings.NewReader(strings.Repeat("ab", 600)))
	fmt.Println(len(b), err)
	n, err := io.Copy(os.Stdout, strings.NewReader("copied\n"))
	fmt.Println(n, err)
	var sb strings.Builder
	n, err = io.CopyN(&sb, strings.NewReader("0123456789"), 4)
	fmt.Println(n, err, sb.String())
	n, err = io.CopyN(&sb, strings.NewReader("xy"), 5)
	fmt.Println(n, err, sb.String())
	buf := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("abcdef"), buf)
	fmt.Println(k, err, string(buf))
	k, err = io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(k, err)
	k, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 2)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader("abc"), buf[:1], 2)
	fmt.Println(k, err)
}

// Output:
// 1200 <nil>
// copied
// 7 <nil>
// 4 <nil> 0123
// 2 EOF 0123xy
// 4 <nil> abcd
// 2 unexpected EOF
// 0 EOF
// 4 <nil>
// 0 short buffer
