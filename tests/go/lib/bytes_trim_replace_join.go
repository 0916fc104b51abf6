// run

// bytes Trim family (nil when all goes), Replace, Join, Repeat, Runes and Map.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	fmt.Printf("%q %q %q\n", bytes.Trim([]byte("xxhixx"), "x"), bytes.TrimLeft([]byte("¡¡hi"), "¡"), bytes.TrimRight([]byte("hi!!"), "!"))
	fmt.Println(bytes.TrimSpace([]byte("  ")) == nil, bytes.Trim([]byte("xx"), "x") == nil, string(bytes.TrimSpace([]byte("\u3000 a \n"))))
	fmt.Printf("%q\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	fmt.Printf("%q\n", bytes.ReplaceAll([]byte("oink oink"), []byte("oink"), []byte("moo")))
	fmt.Printf("%q\n", bytes.Replace([]byte("é!"), nil, []byte("-"), -1))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte(", ")))
	fmt.Printf("%q\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Println(bytes.Runes([]byte("h\xffé")))
	fmt.Printf("%q\n", bytes.Map(unicode.ToUpper, []byte("héllo\xff")))
}

// Output:
// "hi" "hi" "hi"
// true true a
// "oinky oinky oink"
// "moo moo"
// "-é-!-"
// "a, b, c"
// "ababab"
// [104 65533 233]
// "HÉLLO�"
