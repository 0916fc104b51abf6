// run

// QuotedPrefix finds the quoted literal at the start of a string.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{`"hello" world`, "`raw` x", `'a' b`, `"unterminated`, `x"no"`, `"esc\"aped" tail`, `'ab'`, `""`} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q %v\n", p, err)
	}
}

// Output:
// "\"hello\"" <nil>
// "`raw`" <nil>
// "'a'" <nil>
// "" invalid syntax
// "" invalid syntax
// "\"esc\\\"aped\"" <nil>
// "" invalid syntax
// "\"\"" <nil>
