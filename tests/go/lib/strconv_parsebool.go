// run

// ParseBool accepts exactly Go's spellings.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRuE", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
}

// Output:
// true <nil>
// true <nil>
// true <nil>
// true <nil>
// true <nil>
// true <nil>
// false <nil>
// false <nil>
// false <nil>
// false <nil>
// false <nil>
// false <nil>
// false strconv.ParseBool: parsing "tRuE": invalid syntax
// false strconv.ParseBool: parsing "yes": invalid syntax
// false strconv.ParseBool: parsing "": invalid syntax
// true false
