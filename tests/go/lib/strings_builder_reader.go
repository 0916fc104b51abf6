// run

// Builder accumulates text; Reader reads bytes and runes, seeks and unreads.
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	var b strings.Builder
	b.WriteString("héllo")
	b.WriteByte(' ')
	b.WriteRune('☺')
	b.Write([]byte("!"))
	fmt.Println(b.String(), b.Len())
	r := strings.NewReader("é☺x")
	for {
		ch, size, err := r.ReadRune()
		if err == io.EOF {
			break
		}
		fmt.Println(string(ch), size, r.Len())
	}
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	r.Seek(0, io.SeekStart)
	c, _ := r.ReadByte()
	fmt.Println(c, r.Size())
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
}

// Output:
// héllo ☺! 11
// é 2 4
// ☺ 3 1
// x 1 0
// strings.Reader.UnreadRune: previous operation was not ReadRune strings.Reader.UnreadRune: previous operation was not ReadRune
// 195 6
// "\xa9☺x"
