// run

// bytes.Reader reads, seeks, and reads at offsets.
package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	r := bytes.NewReader([]byte("héllo"))
	buf := make([]byte, 2)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf, r.Len(), r.Size())
	ch, size, _ := r.ReadRune()
	fmt.Println(string(ch), size)
	pos, _ := r.Seek(-2, io.SeekEnd)
	fmt.Println(pos)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	n, err = r.ReadAt(buf, 4)
	fmt.Println(n, err, string(buf[:n]))
	_, err = r.Seek(-10, io.SeekStart)
	fmt.Println(err)
}

// Output:
// 2 <nil> [104 195] 4 6
// � 1
// 4
// "lo"
// 2 <nil> lo
// bytes.Reader.Seek: negative position
