// run

// Cut, CutPrefix, CutSuffix and the Trim family, with Unicode cutsets.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.Cut("key=value=x", "="))
	fmt.Println(strings.Cut("novalue", "="))
	fmt.Println(strings.CutPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.CutSuffix("body.go", ".txt"))
	fmt.Printf("%q\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.TrimLeft("xxhixx", "x"))
	fmt.Printf("%q\n", strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q\n", strings.TrimSpace("\u3000\t hi \u00a0\n"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimPrefix("aaab", "a"))
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xff\xfeb\xffc", "?"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana\xff"))
}

// Output:
// key value=x true
// novalue  false
// body true
// body.go false
// "Hello, Gophers"
// "hixx"
// "xxhi"
// "hi"
// "abc"
// "aab"
// "a?b?c"
// "BNN�"
