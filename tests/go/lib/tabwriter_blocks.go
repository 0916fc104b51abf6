// run

// tabwriter column blocks: a line without tabs ends a block, a column
// exists only in consecutive lines with a cell there, the last cell of a
// line is not aligned, and '\f' flushes.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '-', 0)
	fmt.Fprint(w, "a\tb\tc\n")
	fmt.Fprint(w, "aaaa\tbbbbbb\n")
	fmt.Fprint(w, "x\n")
	fmt.Fprint(w, "longer cell\tq\n")
	fmt.Fprint(w, "s\tt\tu\tv\n")
	fmt.Fprint(w, "1\t2\f3\t4\n")
	fmt.Fprint(w, "日本\tx\nab\ty\n")
	w.Flush()
}

// Output:
// a----b-c
// aaaa-bbbbbb
// x
// longer cell-q
// s-----------t-u-v
// 1-----------2
// 3--4
// 日本-x
// ab-y
