// run

// Is searches a RangeTable a program builds, honouring strides.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	vowels := &unicode.RangeTable{
		R16: []unicode.Range16{{Lo: 'A', Hi: 'E', Stride: 4}, {Lo: 'a', Hi: 'e', Stride: 4}, {Lo: 0x100, Hi: 0x110, Stride: 1}},
		R32: []unicode.Range32{{Lo: 0x10000, Hi: 0x10010, Stride: 8}},
	}
	var in []bool
	for _, r := range []rune{'A', 'B', 'E', 'a', 'c', 'e', 0x105, 0x111, 0x10008, 0x10009, -1} {
		in = append(in, unicode.Is(vowels, r))
	}
	fmt.Println(in)
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
}

// Output:
// [true false true true false true true false true false false]
// 1114111 65533 127 255
