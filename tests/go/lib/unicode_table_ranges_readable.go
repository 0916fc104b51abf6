// run

// The package's RangeTables hold Go's own ranges: a program can read R16,
// R32 and LatinOffset, and walking them finds exactly the runes Is finds.
package main

import (
	"fmt"
	"unicode"
)

func count(t *unicode.RangeTable) int {
	n := 0
	for _, r := range t.R16 {
		n += int(r.Hi-r.Lo)/int(r.Stride) + 1
	}
	for _, r := range t.R32 {
		n += int(r.Hi-r.Lo)/int(r.Stride) + 1
	}
	return n
}

func isCount(t *unicode.RangeTable) int {
	n := 0
	for r := rune(0); r < 0x40000; r++ { // none of these tables goes higher
		if unicode.Is(t, r) {
			n++
		}
	}
	return n
}

func main() {
	fmt.Println(unicode.Latin.R16[:4], len(unicode.Latin.R16), len(unicode.Latin.R32), unicode.Latin.LatinOffset)
	fmt.Println(unicode.Upper.R16[:3], unicode.Upper.LatinOffset)
	fmt.Println(unicode.Han.R32[0], len(unicode.Han.R32))
	fmt.Println(unicode.White_Space.R16)
	for _, t := range []*unicode.RangeTable{unicode.Digit, unicode.Letter, unicode.Greek, unicode.Hyphen, unicode.Categories["Zs"]} {
		fmt.Println(count(t), isCount(t))
	}
	mine := *unicode.Cyrillic
	fmt.Println(len(mine.R16), unicode.Is(&mine, 'Ж'), unicode.In('ж', &mine))
}

// Output:
// [{65 90 1} {97 122 1} {170 186 16} {192 214 1}] 31 5 5
// [{65 90 1} {192 214 1} {216 222 1}] 3
// {94178 94179 1} 10
// [{9 13 1} {32 133 101} {160 5760 5600} {8192 8202 1} {8232 8233 1} {8239 8287 48} {12288 12288 1}]
// 680 680
// 136104 136104
// 518 518
// 11 11
// 17 17
// 7 true true
