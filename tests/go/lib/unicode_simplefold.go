// run

// SimpleFold walks the orbit of case-equivalent runes.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, start := range []rune{'A', 'k', 'K', 's', 'µ', 'Σ', 'θ', '1', 'ß', -5} {
		r := start
		fmt.Printf("%U:", start)
		for i := 0; i < 5; i++ {
			r = unicode.SimpleFold(r)
			fmt.Printf(" %U", r)
			if r == start {
				break
			}
		}
		fmt.Println()
	}
}

// Output:
// U+0041: U+0061 U+0041
// U+006B: U+212A U+004B U+006B
// U+004B: U+006B U+212A U+004B
// U+0073: U+017F U+0053 U+0073
// U+00B5: U+039C U+03BC U+00B5
// U+03A3: U+03C2 U+03C3 U+03A3
// U+03B8: U+03D1 U+03F4 U+0398 U+03B8
// U+0031: U+0031
// U+00DF: U+1E9E U+00DF
// U+FFFFFFFFFFFFFFFB: U+FFFFFFFFFFFFFFFB
