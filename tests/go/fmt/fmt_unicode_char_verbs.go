// run

// %c, %U and %#U on runes, including invalid code points, which print as
// U+FFFD for %c and %q.
package main

import "fmt"

func main() {
	for _, r := range []rune{'a', 'é', '世', 0x1F600} {
		fmt.Printf("%c %U %#U %q %+q %d\n", r, r, r, r, r, r)
	}
	fmt.Printf("%c|%q|%U\n", rune(0x110000), rune(0xD800), rune(-1))
	fmt.Printf("%#U|%.6U|%8U|%-8c|\n", '\n', 'x', 'x', 'y')
	fmt.Printf("%c %c\n", []rune("hé"), 65)
}

// Output:
// a U+0061 U+0061 'a' 'a' 'a' 97
// é U+00E9 U+00E9 'é' 'é' '\u00e9' 233
// 世 U+4E16 U+4E16 '世' '世' '\u4e16' 19990
// 😀 U+1F600 U+1F600 '😀' '😀' '\U0001f600' 128512
// �|'�'|U+FFFFFFFFFFFFFFFF
// U+000A|U+000078|  U+0078|y       |
// [h é] A
