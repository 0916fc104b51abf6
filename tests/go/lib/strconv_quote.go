// run

// Quote, QuoteToASCII and QuoteToGraphic escape like Go literals; invalid bytes become hex escapes.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"", "plain", "tab\there", "quote\" and \\", "\a\b\f\n\r\v\x00\x1f\x7f", "bad \xff\xfe", "héllo ☺", "\u00a0\u2028\u3000\ufeff\ufffd", "\U0001F600 \U000E0001", "'single'"} {
		fmt.Println(strconv.Quote(s))
		fmt.Println(strconv.QuoteToASCII(s))
		fmt.Println(strconv.QuoteToGraphic(s))
	}
}

// Output:
// ""
// ""
// ""
// "plain"
// "plain"
// "plain"
// "tab\there"
// "tab\there"
// "tab\there"
// "quote\" and \\"
// "quote\" and \\"
// "quote\" and \\"
// "\a\b\f\n\r\v\x00\x1f\x7f"
// "\a\b\f\n\r\v\x00\x1f\x7f"
// "\a\b\f\n\r\v\x00\x1f\x7f"
// "bad \xff\xfe"
// "bad \xff\xfe"
// "bad \xff\xfe"
// "héllo ☺"
// "h\u00e9llo \u263a"
// "héllo ☺"
// "\u00a0\u2028\u3000\ufeff�"
// "\u00a0\u2028\u3000\ufeff\ufffd"
// " \u2028　\ufeff�"
// "😀 \U000e0001"
// "\U0001f600 \U000e0001"
// "😀 \U000e0001"
// "'single'"
// "'single'"
// "'single'"
