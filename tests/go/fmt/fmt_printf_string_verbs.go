// run

// %s %q %x %X on strings: raw text, Go-quoted, and hex (with # and
// space flags); precision cuts runes for %s and bytes for %x.
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("%s|%q|%x|%X\n", s, s, s, s)
	fmt.Printf("%.3s|%.3x|%.2q\n", s, s, s)
	fmt.Printf("% x|%#x|% #X\n", "abc", "abc", "abc")
	fmt.Printf("%#q|%#q|%+q\n", "raw", "tab\there", s)
	fmt.Printf("[%8q] [%-8x] [%8x]\n", "ab", "ab", "")
	fmt.Printf("%v|%#v\n", "plain", "quoted \"x\"")
}

// Output:
// héllo|"héllo"|68c3a96c6c6f|68C3A96C6C6F
// hél|68c3a9|"hé"
// 61 62 63|0x616263|0X61 0X62 0X63
// `raw`|`tab	here`|"h\u00e9llo"
// [    "ab"] [6162    ] [        ]
// plain|"quoted \"x\""
