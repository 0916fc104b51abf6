// gen_unicode_tables prints the range tables in interp/unicode_tables.inc
// from the Go toolchain's own unicode and strconv packages, so the lexer
// accepts exactly the identifiers and prints exactly the characters that
// Go's compiler does.
//
//	go run tools/gen_unicode_tables.go > /tmp/tables.txt
//
// Paste the three arrays over the ones in interp/unicode_tables.inc.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func table(name string, in func(rune) bool) {
	var items []string
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if !in(r) {
			continue
		}
		lo := r
		for r+1 <= unicode.MaxRune && in(r+1) {
			r++
		}
		items = append(items, fmt.Sprintf("{0x%X, 0x%X},", lo, r))
	}
	fmt.Printf("constexpr Range %s[] = {\n    %s\n};\n", name, strings.Join(items, " "))
}

func main() {
	fmt.Printf("// Unicode %s\n", unicode.Version)
	table("kLetter", unicode.IsLetter)
	table("kDigit", unicode.IsDigit)
	table("kPrint", strconv.IsPrint)
}
