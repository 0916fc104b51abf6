// run

// QuoteRune and its variants; invalid runes quote as U+FFFD.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, r := range []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 0xa0, 'é', '☺', 0x1F600, -1, 0xD800, 0x110000, 0xFFFD, 0x2028} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r))
	}
}

// Output:
// 'a' 'a' 'a'
// '\'' '\'' '\''
// '"' '"' '"'
// '\\' '\\' '\\'
// '\n' '\n' '\n'
// '\x00' '\x00' '\x00'
// '\x7f' '\x7f' '\x7f'
// '\u00a0' '\u00a0' ' '
// 'é' '\u00e9' 'é'
// '☺' '\u263a' '☺'
// '😀' '\U0001f600' '😀'
// '�' '\ufffd' '�'
// '�' '\ufffd' '�'
// '�' '\ufffd' '�'
// '�' '\ufffd' '�'
// '\u2028' '\u2028' '\u2028'
