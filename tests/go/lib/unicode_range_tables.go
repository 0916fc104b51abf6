// run

// Is and In with the package's category, script and property tables, and the name maps.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'ж', 'λ', '中', 'あ', 'ア', '한', '٣', '-', ' ', '\u00a0', '1'} {
		fmt.Println(string(r), unicode.Is(unicode.Latin, r), unicode.Is(unicode.Cyrillic, r), unicode.Is(unicode.Greek, r),
			unicode.Is(unicode.Han, r), unicode.In(r, unicode.Hiragana, unicode.Katakana), unicode.Is(unicode.Hangul, r),
			unicode.Is(unicode.Arabic, r), unicode.Is(unicode.Common, r), unicode.Is(unicode.Hyphen, r),
			unicode.Is(unicode.White_Space, r), unicode.Is(unicode.Zs, r), unicode.Is(unicode.Nd, r), unicode.IsOneOf(unicode.PrintRanges, r))
	}
	fmt.Println(unicode.Is(unicode.Categories["Lu"], 'Q'), unicode.Is(unicode.Scripts["Greek"], 'Ω'), unicode.Is(unicode.Properties["Dash"], '—'))
	fmt.Println(len(unicode.Categories), len(unicode.Scripts), len(unicode.Properties), unicode.Letter == unicode.L, unicode.Version)
}

// Output:
// a true false false false false false false false false false false false true
// ж false true false false false false false false false false false false true
// λ false false true false false false false false false false false false true
// 中 false false false true false false false false false false false false true
// あ false false false false true false false false false false false false true
// ア false false false false true false false false false false false false true
// 한 false false false false false true false false false false false false true
// ٣ false false false false false false true false false false false true true
// - false false false false false false false true true false false false true
//   false false false false false false false true false true true false false
//   false false false false false false false true false true true false false
// 1 false false false false false false false true false false false true true
// true true true
// 36 163 35 true 15.0.0
