// run

// EqualFold uses full Unicode simple case folding.
package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, p := range [][2]string{{"Go", "GO"}, {"σας", "ΣΑΣ"}, {"ς", "Σ"}, {"k", "\u212a"}, {"ß", "ẞ"}, {"straße", "STRASSE"}, {"a", "ab"}, {"\xff", "\xfe"}, {"", ""}, {"Ǆ", "ǆ"}, {"ǅ", "Ǆ"}} {
		fmt.Printf("%q %q %v\n", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}
}

// Output:
// "Go" "GO" true
// "σας" "ΣΑΣ" true
// "ς" "Σ" true
// "k" "K" true
// "ß" "ẞ" true
// "straße" "STRASSE" false
// "a" "ab" false
// "\xff" "\xfe" true
// "" "" true
// "Ǆ" "ǆ" true
// "ǅ" "Ǆ" true
