// run

// tabwriter's AlignRight and Debug flags: right-aligned cells and '|'
// between columns.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 5, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aa\tbbbbbbb\tc")
	fmt.Fprintln(w, "aaa\t\tcc")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '.', tabwriter.Debug)
	fmt.Fprint(w, "x\tyyy\tz\nxxxx\ty\t\n")
	w.Flush()
}

// Output:
//     a|       b|c
//    aa| bbbbbbb|c
//   aaa|        |cc
// x....|yyy.|z
// xxxx.|y...|
