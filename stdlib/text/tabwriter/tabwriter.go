// Package tabwriter: a filter that turns tab-separated columns of text
// into aligned columns (elastic tabstops).
//
// Declarations written for gopark from the package documentation. The
// Writer's methods without bodies are implemented natively by the VM,
// which writes the formatted text to the output io.Writer.
package tabwriter

import "io"

// Flags controlling the formatting.
const (
	// FilterHTML ignores HTML tags and counts an entity as one cell char.
	FilterHTML uint = 1 << iota
	// StripEscape removes Escape characters from the text.
	StripEscape
	// AlignRight right-aligns cell contents.
	AlignRight
	// DiscardEmptyColumns handles empty columns as if absent.
	DiscardEmptyColumns
	// TabIndent always indents leading empty cells with tabs.
	TabIndent
	// Debug prints a vertical bar between columns.
	Debug
)

// Escape starts and ends escaped text, which is passed through unchanged
// and counts as part of a cell.
const Escape = '\xff'

// Writer aligns columns: cells end with a tab, lines with a newline, and
// adjacent lines with cells in the same column form a block padded to a
// common width. Output waits for Flush or for the end of a block.
type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padchar  byte
	flags    uint

	buf   []byte  // text not yet formatted
	cells [][]int // widths of the cells of each buffered line
}

// NewWriter is new(Writer).Init(...).
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// Init sets up b: cells are at least minwidth wide, padded with padding
// more padchar bytes; with padchar '\t' the padding is done with tabs
// assumed to be tabwidth wide. It discards buffered text.
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	if padchar == '\t' {
		// Tab padding only works left-aligned.
		flags &^= AlignRight
	}
	*b = Writer{
		output:   output,
		minwidth: minwidth,
		tabwidth: tabwidth,
		padding:  padding,
		padchar:  padchar,
		flags:    flags,
	}
	return b
}

// Write buffers buf; errors come only from the output writer.
func (b *Writer) Write(buf []byte) (n int, err error)

// Flush formats and writes out any buffered text; call it after the last
// Write.
func (b *Writer) Flush() error
