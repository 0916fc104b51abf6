// run

// tabwriter's Escape character quotes text (StripEscape drops the
// Escapes), and FilterHTML counts tags as zero and entities as one wide.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

func show(flags uint, text string) {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 8, 1, '.', flags)
	fmt.Fprint(w, text)
	w.Flush()
	fmt.Printf("%q\n", b.String())
}

func main() {
	show(0, "\xffa\tb\xff\tc\nxx\ty\n")
	show(tabwriter.StripEscape, "\xffa\tb\xff\tc\nxx\ty\n")
	show(tabwriter.FilterHTML, "<b>bold</b>\t&amp;\tz\nplain\tw\tz\n")
	show(0, "unterminated\ttail")
	fmt.Fprintln(os.Stdout, "done")
}

// Output:
// "\xffa\tb\xff.c\nxx..y\n"
// "a\tb.c\nxx..y\n"
// "<b>bold</b>..&amp;.z\nplain.w.z\n"
// "unterminated.tail"
// done
