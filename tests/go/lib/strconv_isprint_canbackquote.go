// run

// IsPrint, IsGraphic and CanBackquote.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, r := range []rune{'a', ' ', '\t', 0x7f, 0xa0, 0xad, 0x2028, 0x3000, 0xfeff, '☺', 0x1F600, 0xE0001, -1} {
		fmt.Println(r, strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	for _, s := range []string{"plain", "tab\tok", "new\nline", "back`tick", "\ufeffbom", "\xff", "日本", "\x7f"} {
		fmt.Println(strconv.CanBackquote(s))
	}
}

// Output:
// 97 true true
// 32 true true
// 9 false false
// 127 false false
// 160 false true
// 173 false false
// 8232 false false
// 12288 false true
// 65279 false false
// 9786 true true
// 128512 true true
// 917505 false false
// -1 false false
// true
// true
// false
// false
// false
// false
// true
// false
