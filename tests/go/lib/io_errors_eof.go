// run

// io's error values print as in Go and a Reader's EOF is io.EOF.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type errReader struct{}

func (errReader) Read(p []byte) (int, error) { return 0, errors.New("boom") }

func main() {
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress, io.ErrClosedPipe)
	r := strings.NewReader("x")
	p := make([]byte, 2)
	n, err := r.Read(p)
	fmt.Println(n, err)
	n, err = r.Read(p)
	fmt.Println(n, err, err == io.EOF, errors.Is(err, io.EOF))
	_, err = io.ReadAll(errReader{})
	fmt.Println(err)
	_, err = io.Copy(io.Discard, errReader{})
	fmt.Println(err)
}

// Output:
// EOF unexpected EOF short write short buffer multiple Read calls return no data or error io: read/write on closed pipe
// 1 <nil>
// 0 EOF true true
// boom
// boom
