// run

// %q escapes as Go source does: backslash escapes for control characters,
// \x for bytes that are not UTF-8, \u and \U for unprintable runes;
// %+q escapes all non-ASCII.
package main

import "fmt"

func main() {
	fmt.Printf("%q\n", "a\tb\nc\"d\\e")
	fmt.Printf("%q\n", "\a\b\f\r\v\x00\x7f")
	fmt.Printf("%q\n", "bad\xff\xfeutf8")
	fmt.Printf("%q %+q\n", "日本", "日本")
	fmt.Printf("%q %+q\n", "😀", "😀")
	fmt.Printf("%q %q %q\n", '\'', '"', 'é')
	fmt.Printf("%+q %q %q\n", 'é', rune(0x7f), rune(-1))
	fmt.Printf("%q\n", []string{"a b", "c\n"})
}

// Output:
// "a\tb\nc\"d\\e"
// "\a\b\f\r\v\x00\x7f"
// "bad\xff\xfeutf8"
// "日本" "\u65e5\u672c"
// "😀" "\U0001f600"
// '\'' '"' 'é'
// '\u00e9' '\x7f' '�'
// ["a b" "c\n"]
