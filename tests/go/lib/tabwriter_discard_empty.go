// run

// tabwriter's DiscardEmptyColumns drops columns whose cells are all
// empty and ended by '\v'; Init resets a Writer for new settings.
package main

import (
	"fmt"
	"strings"
	"text/tabwriter"
)

func main() {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 8, 1, '.', tabwriter.DiscardEmptyColumns)
	fmt.Fprint(w, "a\v\vb\tc\n")
	fmt.Fprint(w, "aa\v\vbb\tc\n")
	w.Flush()
	w.Init(&b, 0, 8, 1, '.', 0)
	fmt.Fprint(w, "a\v\vb\tc\n")
	fmt.Fprint(w, "aa\v\vbb\tc\n")
	w.Flush()
	fmt.Printf("%q\n", strings.Split(b.String(), "\n"))
}

// Output:
// ["a..b..c" "aa.bb.c" "a...b..c" "aa..bb.c" ""]
