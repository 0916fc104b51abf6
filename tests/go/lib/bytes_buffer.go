// run

// bytes.Buffer writes, reads, unreads, reads lines and truncates.
package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello\nwörld\n")
	b.WriteByte('!')
	b.WriteRune('☺')
	fmt.Println(b.Len(), b.String())
	line, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	r, size, _ := b.ReadRune()
	fmt.Println(string(r), size, b.UnreadRune(), b.UnreadRune())
	lb, _ := b.ReadBytes('\n')
	fmt.Printf("%q\n", lb)
	c, _ := b.ReadByte()
	fmt.Println(c, b.UnreadByte())
	fmt.Printf("%q\n", b.Next(2))
	rest, _ := b.ReadString('\n')
	fmt.Printf("%q\n", rest)
	_, err = b.ReadByte()
	fmt.Println(err == io.EOF)
	nb := bytes.NewBufferString("abcdef")
	nb.Truncate(3)
	fmt.Println(nb.String())
	nb.Reset()
	fmt.Println(nb.Len(), nb.String() == "")
}

// Output:
// 17 hello
// wörld
// !☺
// "hello\n" <nil>
// w 1 <nil> bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune
// "wörld\n"
// 33 <nil>
// "!\xe2"
// "\x98\xba"
// true
// abc
// 0 true
