// run

// Interfaces embed interfaces; an interface value converts to a smaller
// interface; a struct may embed an interface to satisfy it.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read(p []byte) (int, error) }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}

type nopCloser struct{ io.Reader }

func (nopCloser) Close() error { return nil }

func consume(r Reader) string {
	b, _ := io.ReadAll(r)
	return string(b)
}

func main() {
	var rc ReadCloser = nopCloser{strings.NewReader("hi")}
	var r Reader = rc
	fmt.Println(consume(r), rc.Close())
	var c Closer = rc
	_, isReader := c.(Reader)
	fmt.Println(isReader)
	var empty interface{} = rc
	if x, ok := empty.(io.ReadCloser); ok {
		fmt.Println(x != nil)
	}
}
