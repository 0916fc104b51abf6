// run

// Fields splits on Unicode white space; FieldsFunc on any predicate.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Fields("  a\u00a0b\u3000c\td\n\u2028e  "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.Fields("   "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Printf("%q\n", strings.FieldsFunc("héllo, wörld!", func(r rune) bool { return !unicode.IsLetter(r) }))
}

// Output:
// ["a" "b" "c" "d" "e"]
// []
// []
// ["a" "b" "c"]
// ["héllo" "wörld"]
