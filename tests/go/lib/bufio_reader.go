// run

// bufio.Reader: ReadString, ReadLine, ReadRune, ReadByte, UnreadByte,
// UnreadRune, Peek, Read, Buffered and ReadBytes at EOF.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("héllo world\nsecond line\r\nthird"))
	b, _ := r.Peek(3)
	fmt.Printf("%q %d\n", b, r.Buffered())
	c, _ := r.ReadByte()
	fmt.Printf("%q %v\n", c, r.UnreadByte())
	ru, size, _ := r.ReadRune()
	fmt.Printf("%q %d\n", ru, size)
	ru, size, _ = r.ReadRune()
	fmt.Printf("%q %d %v\n", ru, size, r.UnreadRune())
	fmt.Println(r.UnreadRune())
	s, err := r.ReadString(' ')
	fmt.Printf("%q %v\n", s, err)
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Printf("%q %d %v\n", buf[:n], n, err)
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	line, prefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	bs, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", bs, err)
	_, err = r.ReadByte()
	fmt.Println(err == io.EOF, r.UnreadByte())
	line, prefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	small := bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 40)+"\n"), 16)
	fmt.Println(small.Size())
	for {
		line, prefix, err := small.ReadLine()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(len(line), prefix)
	}
	_, err = bufio.NewReaderSize(strings.NewReader("abc"), 16).Peek(20)
	fmt.Println(err)
}

// Output:
// "hé" 31
// 'h' <nil>
// 'h' 1
// 'é' 2 <nil>
// bufio: invalid use of UnreadRune
// "éllo " <nil>
// "worl" 4 <nil>
// "d" false <nil>
// "second line" false <nil>
// "third" EOF
// true <nil>
// "d" false <nil>
// 16
// 16 true
// 16 true
// 8 false
// EOF
// bufio: buffer full
