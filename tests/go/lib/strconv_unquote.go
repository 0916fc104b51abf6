// run

// Unquote decodes string, rune and raw literals and rejects malformed ones with ErrSyntax.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{`"abc"`, `"a\nb"`, `"\x41\u00e9\U0001F600"`, `"\101"`, `"\400"`, `"\'"`, `'\''`, `'"'`, `"\""`, "`raw\\n`", "`a\r\nb`", "`a`b`", `'a'`, `'ab'`, `''`, `'☺'`, `"a"b"`, `"a`, `a`, `"\z"`, "\"a\nb\"", `"\uD800"`, `'\x80'`, `"\xff"`, `"\x4"`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("%q %q %v\n", s, v, err)
	}
}

// Output:
// "\"abc\"" "abc" <nil>
// "\"a\\nb\"" "a\nb" <nil>
// "\"\\x41\\u00e9\\U0001F600\"" "Aé😀" <nil>
// "\"\\101\"" "A" <nil>
// "\"\\400\"" "" invalid syntax
// "\"\\'\"" "" invalid syntax
// "'\\''" "'" <nil>
// "'\"'" "\"" <nil>
// "\"\\\"\"" "\"" <nil>
// "`raw\\n`" "raw\\n" <nil>
// "`a\r\nb`" "a\nb" <nil>
// "`a`b`" "" invalid syntax
// "'a'" "a" <nil>
// "'ab'" "" invalid syntax
// "''" "" <nil>
// "'☺'" "☺" <nil>
// "\"a\"b\"" "" invalid syntax
// "\"a" "" invalid syntax
// "a" "" invalid syntax
// "\"\\z\"" "" invalid syntax
// "\"a\nb\"" "" invalid syntax
// "\"\\uD800\"" "" invalid syntax
// "'\\x80'" "\x80" <nil>
// "\"\\xff\"" "\xff" <nil>
// "\"\\x4\"" "" invalid syntax
