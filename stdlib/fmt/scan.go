package fmt

import (
	"io"
	"os"
)

// Scanner: a Scan method parses the value itself from the input.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// ScanState is what a Scanner's Scan method gets: access to the input.
type ScanState interface {
	// ReadRune reads the next rune; at the end of input (or of the line
	// for Scanln) it returns io.EOF.
	ReadRune() (r rune, size int, err error)
	// UnreadRune puts back the last rune read.
	UnreadRune() error
	// SkipSpace moves past blanks (and newlines, unless scanning a line).
	SkipSpace()
	// Token optionally skips space, then returns the run of runes
	// satisfying f (or of non-space runes when f is nil).
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width gives the width of the directive, if there is one.
	Width() (wid int, ok bool)
	// Read must not be called: ScanState reads runes.
	Read(buf []byte) (n int, err error)
}

// Scan reads space-separated values from standard input into its
// operands; newlines count as space.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is Scan that stops at a newline, which must follow the last item.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf reads from standard input as directed by format.
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

func Sscan(str string, a ...any) (n int, err error)
func Sscanln(str string, a ...any) (n int, err error)
func Sscanf(str string, format string, a ...any) (n int, err error)

func Fscan(r io.Reader, a ...any) (n int, err error)
func Fscanln(r io.Reader, a ...any) (n int, err error)
func Fscanf(r io.Reader, format string, a ...any) (n int, err error)
