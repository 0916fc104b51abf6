// Package fmt: formatted I/O in the style of C's printf and scanf.
//
// Declarations written for gopark from the package documentation. The
// printing engine behind Sprint, Sprintf and Sprintln is plain Go (in
// format.go, over a few reflection natives of the VM), as are the
// scanners (scan.go) and the functions writing to an io.Writer.
package fmt

import (
	"errors"
	"io"
	"os"
	"unicode/utf8"
)

// Stringer: a String method sets how %v, %s and Print show a value.
type Stringer interface {
	String() string
}

// GoStringer: a GoString method sets how %#v shows a value.
type GoStringer interface {
	GoString() string
}

// Formatter: a Format method prints the value itself, for every verb.
type Formatter interface {
	Format(f State, verb rune)
}

// State is what a Formatter's Format method gets: the output and the
// options of the verb being formatted.
type State interface {
	// Write writes formatted output.
	Write(b []byte) (n int, err error)
	// Width gives the width of the directive, if there is one.
	Width() (wid int, ok bool)
	// Precision gives the precision of the directive, if there is one.
	Precision() (prec int, ok bool)
	// Flag reports whether flag c (one of '-', '+', '#', ' ', '0') is set.
	Flag(c int) bool
}

// Sprint prints the operands as %v would, adding a space between two
// operands only when neither is a string.
func Sprint(a ...any) string {
	p := newPrinter()
	p.doPrint(a)
	return string(p.buf)
}

// Sprintf formats according to format and returns the result.
func Sprintf(format string, a ...any) string {
	p := newPrinter()
	p.doPrintf(format, a)
	return string(p.buf)
}

// Sprintln formats its operands with their default formats, spaces
// between them and a newline at the end, and returns the result.
func Sprintln(a ...any) string {
	p := newPrinter()
	p.doPrintln(a)
	return string(p.buf)
}

// Fprint prints the operands as Sprint does, to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrint(a)
	return w.Write(p.buf)
}

// Fprintf formats as Sprintf does, to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintf(format, a)
	return w.Write(p.buf)
}

// Fprintln prints the operands as Sprintln does, to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintln(a)
	return w.Write(p.buf)
}

func Print(a ...any) (n int, err error) { return Fprint(os.Stdout, a...) }

func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

func Println(a ...any) (n int, err error) { return Fprintln(os.Stdout, a...) }

// Append appends what Sprint gives to b.
func Append(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrint(a)
	return append(b, p.buf...)
}

// Appendf appends what Sprintf gives to b.
func Appendf(b []byte, format string, a ...any) []byte {
	p := newPrinter()
	p.doPrintf(format, a)
	return append(b, p.buf...)
}

// Appendln appends what Sprintln gives to b.
func Appendln(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrintln(a)
	return append(b, p.buf...)
}

// Errorf formats according to format and returns the string as an error.
// Operands of %w verbs that are errors are wrapped: the result has an
// Unwrap() error method for one of them, Unwrap() []error for several.
func Errorf(format string, a ...any) error {
	s, wrapped := sprintfWrap(format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		e := &wrapError{msg: s}
		e.err, _ = a[wrapped[0]].(error)
		return e
	}
	// Operand order, each operand once.
	for i := 1; i < len(wrapped); i++ {
		for j := i; j > 0 && wrapped[j] < wrapped[j-1]; j-- {
			wrapped[j], wrapped[j-1] = wrapped[j-1], wrapped[j]
		}
	}
	var errs []error
	for i, k := range wrapped {
		if i > 0 && wrapped[i-1] == k {
			continue
		}
		if e, ok := a[k].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{msg: s, errs: errs}
}

// sprintfWrap is Sprintf that also returns the operand indexes of the %w
// verbs it formatted, where it accepts error operands.
func sprintfWrap(format string, a []any) (s string, wrapped []int) {
	p := newPrinter()
	p.wrapErrs = true
	p.doPrintf(format, a)
	return string(p.buf), p.wrapped
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }

// FormatString returns the directive, such as "%-8.3x", that produced the
// State given to a Formatter for verb.
func FormatString(state State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = appendDecimal(b, w)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = appendDecimal(b, p)
	}
	return string(utf8.AppendRune(b, verb))
}

func appendDecimal(b []byte, n int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var d [20]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(b, d[i:]...)
}
