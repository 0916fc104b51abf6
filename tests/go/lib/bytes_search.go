// run

// bytes Index, LastIndex, IndexByte, IndexRune, IndexAny, Count, Contains and Compare.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	s := []byte("chicken é\xff")
	fmt.Println(bytes.Index(s, []byte("ken")), bytes.Index(s, []byte("dmr")), bytes.LastIndex(s, []byte("c")), bytes.LastIndex(s, nil))
	fmt.Println(bytes.IndexByte(s, 'k'), bytes.LastIndexByte(s, 'c'), bytes.IndexRune(s, 'é'), bytes.IndexRune(s, 0xFFFD), bytes.IndexRune(s, -1))
	fmt.Println(bytes.IndexAny(s, "xyzk"), bytes.LastIndexAny(s, "ch"), bytes.Count(s, []byte("c")), bytes.Count(s, nil))
	fmt.Println(bytes.Contains(s, []byte("chick")), bytes.ContainsAny(s, "é"), bytes.ContainsRune(s, 'z'), bytes.HasPrefix(s, []byte("chi")), bytes.HasSuffix(s, []byte("x")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, []byte{}), bytes.Compare([]byte("b"), []byte("a")), bytes.Equal(nil, []byte{}))
}

// Output:
// 4 -1 3 11
// 4 3 8 10 -1
// 4 3 2 11
// true true false true false
// -1 0 1 true
