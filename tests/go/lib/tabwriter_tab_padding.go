// run

// tabwriter with padchar '\t' pads with tabs to multiples of tabwidth
// (AlignRight is ignored), and TabIndent indents leading empty cells with
// tabs.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '\t', tabwriter.AlignRight)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaaaaaaaa\tbb\tc")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 4, 1, ' ', tabwriter.TabIndent)
	fmt.Fprintln(w, "\t\tdeep\tx")
	fmt.Fprintln(w, "\tshallow\tx")
	fmt.Fprintln(w, "top\tx\tx")
	w.Flush()
	fmt.Printf("%q\n", "end")
}

// Output:
// a		b	c
// aaaaaaaaa	bb	c
// 			deep x
// 	shallow x
// top x       x
// "end"
