// run

// IndexRune with U+FFFD and invalid runes, IndexAny, LastIndexAny, ContainsRune/Any/Func.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "a\xffbé\ufffd"
	fmt.Println(strings.IndexRune(s, 0xFFFD), strings.IndexRune(s, 'é'), strings.IndexRune(s, -1), strings.IndexRune(s, 0xD800), strings.IndexRune("", 'a'))
	fmt.Println(strings.IndexAny("golang", "xyzn"), strings.LastIndexAny("golang", "go"), strings.IndexAny("abc", ""), strings.IndexAny(s, "\ufffd"))
	fmt.Println(strings.ContainsRune("héllo", 'é'), strings.ContainsAny("hello", "xyz"), strings.ContainsAny("", ""), strings.ContainsFunc("abc1", unicode.IsDigit))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.LastIndex("abc", ""), strings.Index("abc", ""), strings.IndexByte("abc", 'c'), strings.LastIndexByte("abca", 'a'))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }), strings.LastIndexFunc("go123", unicode.IsLetter))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("é\xff", ""), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("", ""))
}

// Output:
// 1 3 -1 -1 -1
// 4 5 -1 1
// true false false true
// 4 3 3 0 2 3
// 7 1
// 3 5 3 -1 1 0
