// run

// UnquoteChar decodes one character or escape and returns the rest.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{`\n rest`, `é!`, `\x41`, `\u00e9z`, `"`, `\'`, `\"`, `\`, ``, `\777`, `\101x`} {
		for _, q := range []byte{'"', '\''} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			fmt.Printf("%q %c %d %v %q %v\n", s, q, v, mb, tail, err)
		}
	}
}

// Output:
// "\\n rest" " 10 false " rest" <nil>
// "\\n rest" ' 10 false " rest" <nil>
// "é!" " 233 true "!" <nil>
// "é!" ' 233 true "!" <nil>
// "\\x41" " 65 false "" <nil>
// "\\x41" ' 65 false "" <nil>
// "\\u00e9z" " 233 true "z" <nil>
// "\\u00e9z" ' 233 true "z" <nil>
// "\"" " 0 false "" invalid syntax
// "\"" ' 34 false "" <nil>
// "\\'" " 0 false "" invalid syntax
// "\\'" ' 39 false "" <nil>
// "\\\"" " 34 false "" <nil>
// "\\\"" ' 0 false "" invalid syntax
// "\\" " 0 false "" invalid syntax
// "\\" ' 0 false "" invalid syntax
// "" " 0 false "" invalid syntax
// "" ' 0 false "" invalid syntax
// "\\777" " 0 false "" invalid syntax
// "\\777" ' 0 false "" invalid syntax
// "\\101x" " 65 false "x" <nil>
// "\\101x" ' 65 false "x" <nil>
