// run

// bytes case mapping, Title, EqualFold and ToValidUTF8 over non-ASCII text.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	for _, s := range []string{"hello wörld", "ǆ ß σας", "a\xffb", ""} {
		b := []byte(s)
		fmt.Printf("%q %q %q %q %q\n", bytes.ToUpper(b), bytes.ToLower(b), bytes.ToTitle(b), bytes.Title(b), bytes.ToValidUTF8(b, []byte("?")))
	}
	fmt.Println(bytes.EqualFold([]byte("Σίσυφος"), []byte("ΣΊΣΥΦΟΣ")), bytes.EqualFold([]byte("k"), []byte("\u212a")), bytes.EqualFold([]byte("a"), []byte("b")))
}

// Output:
// "HELLO WÖRLD" "hello wörld" "HELLO WÖRLD" "Hello Wörld" "hello wörld"
// "Ǆ ß ΣΑΣ" "ǆ ß σας" "ǅ ß ΣΑΣ" "ǅ ß Σας" "ǆ ß σας"
// "A�B" "a�b" "A�B" "A�b" "a?b"
// "" "" "" "" ""
// true true false
