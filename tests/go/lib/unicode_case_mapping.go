// run

// ToUpper, ToLower, ToTitle and To for non-ASCII letters, digraphs and special cases.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'é', 'ß', 'ÿ', 'ǆ', 'ǅ', 'Ǆ', 'σ', 'ς', 'İ', 'ı', 'ſ', 'K', 'ა', 'Ა', '𐐨', 'ⓐ', '1', -1, 0x110000} {
		fmt.Printf("%U %U %U %U\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Printf("%c %c %c\n", unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'), unicode.To(9, 'q'))
	fmt.Printf("%c %c %c\n", unicode.TurkishCase.ToUpper('i'), unicode.TurkishCase.ToLower('I'), unicode.TurkishCase.ToUpper('a'))
}

// Output:
// U+0061 U+0041 U+0061 U+0041
// U+00E9 U+00C9 U+00E9 U+00C9
// U+00DF U+00DF U+00DF U+00DF
// U+00FF U+0178 U+00FF U+0178
// U+01C6 U+01C4 U+01C6 U+01C5
// U+01C5 U+01C4 U+01C6 U+01C5
// U+01C4 U+01C4 U+01C6 U+01C5
// U+03C3 U+03A3 U+03C3 U+03A3
// U+03C2 U+03A3 U+03C2 U+03A3
// U+0130 U+0130 U+0069 U+0130
// U+0131 U+0049 U+0131 U+0049
// U+017F U+0053 U+017F U+0053
// U+004B U+004B U+006B U+004B
// U+10D0 U+1C90 U+10D0 U+10D0
// U+1C90 U+1C90 U+10D0 U+1C90
// U+10428 U+10400 U+10428 U+10400
// U+24D0 U+24B6 U+24D0 U+24B6
// U+0031 U+0031 U+0031 U+0031
// U+FFFFFFFFFFFFFFFF U+FFFFFFFFFFFFFFFF U+FFFFFFFFFFFFFFFF U+FFFFFFFFFFFFFFFF
// U+110000 U+110000 U+110000 U+110000
// Q q �
// İ ı A
