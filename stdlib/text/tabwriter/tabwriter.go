// Package tabwriter: a filter that turns tab-separated columns of text
// into aligned columns (elastic tabstops).
//
// Written for gopark from the package documentation. Text is cut into
// cells: a cell ends at a horizontal or vertical tab, a line at a newline
// or form feed. A line's last cell (the text after its last tab) is not
// part of any column. The tab-terminated cells at one index in adjacent
// lines form a column block whose width is that of its widest cell plus
// padding. Text waits in the Writer until a line with no tab, a form feed
// or Flush ends every block open so far.
package tabwriter

import (
	"io"
	"unicode/utf8"
)

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

// cell is one cell of buffered text: its bytes in buf, its width in
// runes, and whether a horizontal tab ended it.
type cell struct {
	size  int
	width int
	htab  bool
}

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

	buf     []byte   // the text of every buffered cell, in order
	counted int      // buf[:counted] is in cur.width already
	cur     cell     // the cell being filled
	endChar byte     // in escaped text: the byte that ends it, else 0
	lines   [][]cell // the buffered lines; the last one is open
	widths  []int    // while formatting: the widths of the columns so far
	err     error    // the first error of the output writer
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
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	b.padchar = padchar
	b.flags = flags
	b.reset()
	return b
}

func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.counted = 0
	b.cur = cell{}
	b.endChar = 0
	b.lines = append(b.lines[:0], nil)
	b.widths = b.widths[:0]
}

// out writes p to the output unless an earlier write failed.
func (b *Writer) out(p []byte) {
	if b.err != nil {
		return
	}
	n, err := b.output.Write(p)
	if err == nil && n != len(p) {
		err = io.ErrShortWrite
	}
	b.err = err
}

var (
	tabs    = []byte("\t\t\t\t\t\t\t\t")
	newline = []byte{'\n'}
	vbar    = []byte{'|'}
	hbar    = []byte("---\n")
)

// repeat writes n copies of the byte in the 8-byte pattern.
func (b *Writer) repeat(pattern []byte, n int) {
	for n > len(pattern) {
		b.out(pattern)
		n -= len(pattern)
	}
	b.out(pattern[:n])
}

// pad fills a cell of text width textw out to cellw.
func (b *Writer) pad(textw, cellw int, useTabs bool) {
	if b.padchar == '\t' || useTabs {
		if b.tabwidth == 0 {
			return // a tab of no width cannot pad
		}
		// Round the cell up to a tab stop; each tab reaches the next.
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		n := cellw - textw
		b.repeat(tabs, (n+b.tabwidth-1)/b.tabwidth)
		return
	}
	var p [8]byte
	for i := range p {
		p[i] = b.padchar
	}
	b.repeat(p[:], cellw-textw)
}

// writeLines prints lines [line0, line1) with the current column widths,
// their text starting at buf[pos]; it returns where the next line's text
// starts.
func (b *Writer) writeLines(pos, line0, line1 int) int {
	for i := line0; i < line1; i++ {
		line := b.lines[i]
		// Leading empty cells are indented with tabs under TabIndent.
		useTabs := b.flags&TabIndent != 0
		for j, c := range line {
			if j > 0 && b.flags&Debug != 0 {
				b.out(vbar)
			}
			hasWidth := j < len(b.widths)
			switch {
			case c.size == 0:
				if hasWidth {
					b.pad(c.width, b.widths[j], useTabs)
				}
			case b.flags&AlignRight == 0:
				useTabs = false
				b.out(b.buf[pos : pos+c.size])
				pos += c.size
				if hasWidth {
					b.pad(c.width, b.widths[j], false)
				}
			default:
				useTabs = false
				if hasWidth {
					b.pad(c.width, b.widths[j], false)
				}
				b.out(b.buf[pos : pos+c.size])
				pos += c.size
			}
		}
		if i+1 == len(b.lines) {
			// The open last line has no newline yet: print what it has.
			b.out(b.buf[pos : pos+b.cur.size])
			pos += b.cur.size
		} else {
			b.out(newline)
		}
	}
	return pos
}

// format prints lines [line0, line1), whose columns left of
// len(b.widths) have known widths: each block of lines having a cell in
// the next column gets that column's width, then is formatted
// recursively for the columns further right.
func (b *Writer) format(pos, line0, line1 int) int {
	col := len(b.widths)
	for i := line0; i < line1; i++ {
		if col >= len(b.lines[i])-1 {
			continue
		}
		// A block starts at line i: print the lines before it.
		pos = b.writeLines(pos, line0, i)
		line0 = i
		width := b.minwidth
		empty := true // every cell of the block empty and soft (\v)
		for ; i < line1; i++ {
			line := b.lines[i]
			if col >= len(line)-1 {
				break
			}
			c := line[col]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				empty = false
			}
		}
		if empty && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		b.widths = append(b.widths, width)
		pos = b.format(pos, line0, i)
		b.widths = b.widths[:len(b.widths)-1]
		line0 = i
	}
	return b.writeLines(pos, line0, line1)
}

func (b *Writer) appendText(text []byte) {
	b.buf = append(b.buf, text...)
	b.cur.size += len(text)
}

// count adds the runes buffered since the last count to the cell's width.
func (b *Writer) count() {
	b.cur.width += utf8.RuneCount(b.buf[b.counted:])
	b.counted = len(b.buf)
}

func (b *Writer) startEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

// endEscape closes escaped text: an Escape-quoted run counts its runes
// (less the two Escapes when they stay), an HTML tag counts nothing and
// an entity counts one.
func (b *Writer) endEscape() {
	switch b.endChar {
	case Escape:
		b.count()
		if b.flags&StripEscape == 0 {
			b.cur.width -= 2
		}
	case ';':
		b.cur.width++
	}
	b.counted = len(b.buf)
	b.endChar = 0
}

// endCell adds the current cell to the open line and returns how many
// cells that line now has.
func (b *Writer) endCell(htab bool) int {
	b.cur.htab = htab
	n := len(b.lines) - 1
	b.lines[n] = append(b.lines[n], b.cur)
	b.cur = cell{}
	return len(b.lines[n])
}

// Write buffers buf; errors come only from the output writer.
func (b *Writer) Write(buf []byte) (n int, err error) {
	b.err = nil
	start := 0 // buf[start:i] is not buffered yet
	for i, ch := range buf {
		if b.endChar != 0 {
			if ch == b.endChar {
				end := i + 1
				if ch == Escape && b.flags&StripEscape != 0 {
					end = i
				}
				b.appendText(buf[start:end])
				start = i + 1
				b.endEscape()
			}
			continue
		}
		switch ch {
		case '\t', '\v', '\n', '\f':
			b.appendText(buf[start:i])
			b.count()
			start = i + 1
			cells := b.endCell(ch == '\t')
			if ch == '\n' || ch == '\f' {
				b.lines = append(b.lines, nil)
				// A line without tabs is in no column, so no block stays
				// open across it: everything so far can be printed.
				if ch == '\f' || cells == 1 {
					b.flushBuffered()
					if ch == '\f' && b.flags&Debug != 0 {
						b.out(hbar)
					}
					if b.err != nil {
						return i + 1, b.err
					}
				}
			}
		case Escape:
			b.appendText(buf[start:i])
			b.count()
			start = i
			if b.flags&StripEscape != 0 {
				start++
			}
			b.startEscape(Escape)
		case '<', '&':
			if b.flags&FilterHTML != 0 {
				b.appendText(buf[start:i])
				b.count()
				start = i
				b.startEscape(ch)
			}
		}
	}
	b.appendText(buf[start:])
	return len(buf), nil
}

// flushBuffered formats and prints everything buffered, ending the open
// cell (and any unterminated escape) first.
func (b *Writer) flushBuffered() {
	if b.cur.size > 0 {
		if b.endChar != 0 {
			b.endEscape()
		}
		b.endCell(false)
	}
	b.format(0, 0, len(b.lines))
	b.reset()
}

// Flush formats and writes out any buffered text; call it after the last
// Write.
func (b *Writer) Flush() error {
	b.err = nil
	b.flushBuffered()
	return b.err
}
