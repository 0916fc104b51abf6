// run

// ToUpper, ToLower, ToTitle and Title map non-ASCII text; invalid bytes become U+FFFD.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for _, s := range []string{"hello, wörld", "ǆemal ǅ", "ΣΑΣ σας", "straße", "İstanbul ıi", "o'neil is_here x-ray 3rd", "ab\xffcd", ""} {
		fmt.Printf("%q %q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s))
	}
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "istanbul"), strings.ToLowerSpecial(unicode.TurkishCase, "ISTANBUL"))
}

// Output:
// "HELLO, WÖRLD" "hello, wörld" "HELLO, WÖRLD" "Hello, Wörld"
// "ǄEMAL Ǆ" "ǆemal ǆ" "ǅEMAL ǅ" "ǅemal ǅ"
// "ΣΑΣ ΣΑΣ" "σασ σας" "ΣΑΣ ΣΑΣ" "ΣΑΣ Σας"
// "STRAßE" "straße" "STRAßE" "Straße"
// "İSTANBUL II" "istanbul ıi" "İSTANBUL II" "İstanbul Ii"
// "O'NEIL IS_HERE X-RAY 3RD" "o'neil is_here x-ray 3rd" "O'NEIL IS_HERE X-RAY 3RD" "O'Neil Is_here X-Ray 3rd"
// "AB�CD" "ab�cd" "AB�CD" "Ab�cd"
// "" "" "" ""
// İSTANBUL ıstanbul
