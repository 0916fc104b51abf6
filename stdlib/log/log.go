// Package log: simple logging to standard error (or any io.Writer), each
// message on its own line behind an optional prefix, date, time and
// source position.
//
// Written for gopark from the package documentation. The clock and the
// caller's position come from two natives of this package (so that log
// needs neither time nor runtime).
package log

import (
	"fmt"
	"io"
	"os"
	"sync"
)

// Flags choosing the header of each line; LstdFlags is the default.
const (
	Ldate         = 1 << iota // the local date: 2009/01/23
	Ltime                     // the local time: 01:23:23
	Lmicroseconds             // microseconds after the time: 01:23:23.123123
	Llongfile                 // full file name and line: /a/b/c/d.go:23
	Lshortfile                // file name and line: d.go:23 (overrides Llongfile)
	LUTC                      // date and time in UTC
	Lmsgprefix                // the prefix right before the message
	LstdFlags     = Ldate | Ltime
)

// A Logger writes lines to an io.Writer, one Write per line. Goroutines
// may share it: mu serializes the writes and guards the settings.
type Logger struct {
	mu     sync.Mutex
	prefix string
	flag   int
	out    io.Writer
}

// New returns a Logger writing to out, starting each line with prefix
// (or putting it before the message, with Lmsgprefix).
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{prefix: prefix, flag: flag, out: out}
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger, which the package's functions use.
func Default() *Logger { return std }

// SetOutput sets the logger's destination.
func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.out = w
}

// Writer returns the logger's destination.
func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out
}

// Prefix returns the logger's prefix.
func (l *Logger) Prefix() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.prefix
}

// SetPrefix sets the logger's prefix.
func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prefix = prefix
}

// Flags returns the logger's flags.
func (l *Logger) Flags() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flag
}

// SetFlags sets the logger's flags.
func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.flag = flag
}

// now returns the wall clock time.Now reads, local or UTC (the same: the
// local zone is UTC, as time.Local is). Implemented natively.
func now(utc bool) (year, month, day, hour, min, sec, usec int)

// caller returns the source position skip frames above the function
// calling it ("???", 0 when there is none). Implemented natively.
func caller(skip int) (file string, line int)

// pad appends i in decimal, zero-padded to width digits.
func pad(b []byte, i int, width int) []byte {
	var tmp [20]byte
	n := len(tmp)
	for i >= 10 || width > 1 {
		width--
		n--
		tmp[n] = byte('0' + i%10)
		i /= 10
	}
	n--
	tmp[n] = byte('0' + i)
	return append(b, tmp[n:]...)
}

// header builds a line's start: prefix, date, time, position.
func (l *Logger) header(b []byte, depth int) []byte {
	if l.flag&Lmsgprefix == 0 {
		b = append(b, l.prefix...)
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		year, month, day, hour, min, sec, usec := now(l.flag&LUTC != 0)
		if l.flag&Ldate != 0 {
			b = pad(b, year, 4)
			b = append(b, '/')
			b = pad(b, month, 2)
			b = append(b, '/')
			b = pad(b, day, 2)
			b = append(b, ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			b = pad(b, hour, 2)
			b = append(b, ':')
			b = pad(b, min, 2)
			b = append(b, ':')
			b = pad(b, sec, 2)
			if l.flag&Lmicroseconds != 0 {
				b = append(b, '.')
				b = pad(b, usec, 6)
			}
			b = append(b, ' ')
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		file, line := caller(depth + 1)
		if l.flag&Lshortfile != 0 {
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
		}
		b = append(b, file...)
		b = append(b, ':')
		b = pad(b, line, 1)
		b = append(b, ": "...)
	}
	if l.flag&Lmsgprefix != 0 {
		b = append(b, l.prefix...)
	}
	return b
}

// output writes one line holding s; depth counts the frames from output
// to the one whose position Lshortfile and Llongfile show.
func (l *Logger) output(depth int, s string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.header(nil, depth)
	b = append(b, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		b = append(b, '\n')
	}
	_, err := l.out.Write(b)
	return err
}

// Output writes a line holding s; calldepth 1 shows the position of the
// caller of Output (with Lshortfile or Llongfile).
func (l *Logger) Output(calldepth int, s string) error {
	return l.output(calldepth+1, s)
}

// Print logs its operands as fmt.Print formats them.
func (l *Logger) Print(v ...any) { l.output(2, fmt.Sprint(v...)) }

// Printf logs its operands as fmt.Printf formats them.
func (l *Logger) Printf(format string, v ...any) { l.output(2, fmt.Sprintf(format, v...)) }

// Println logs its operands as fmt.Println formats them.
func (l *Logger) Println(v ...any) { l.output(2, fmt.Sprintln(v...)) }

// Fatal is Print followed by os.Exit(1).
func (l *Logger) Fatal(v ...any) {
	l.output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf followed by os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	l.output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func (l *Logger) Fatalln(v ...any) {
	l.output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print followed by a panic with the message.
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.output(2, s)
	panic(s)
}

// Panicf is Printf followed by a panic with the message.
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.output(2, s)
	panic(s)
}

// Panicln is Println followed by a panic with the message.
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.output(2, s)
	panic(s)
}

// SetOutput sets the standard logger's destination.
func SetOutput(w io.Writer) { std.out = w }

// Writer returns the standard logger's destination.
func Writer() io.Writer { return std.out }

// Flags returns the standard logger's flags.
func Flags() int { return std.flag }

// SetFlags sets the standard logger's flags.
func SetFlags(flag int) { std.flag = flag }

// Prefix returns the standard logger's prefix.
func Prefix() string { return std.prefix }

// SetPrefix sets the standard logger's prefix.
func SetPrefix(prefix string) { std.prefix = prefix }

// Output writes a line through the standard logger; calldepth 1 shows the
// position of the caller of Output.
func Output(calldepth int, s string) error { return std.output(calldepth+1, s) }

// Print logs through the standard logger as fmt.Print formats.
func Print(v ...any) { std.output(2, fmt.Sprint(v...)) }

// Printf logs through the standard logger as fmt.Printf formats.
func Printf(format string, v ...any) { std.output(2, fmt.Sprintf(format, v...)) }

// Println logs through the standard logger as fmt.Println formats.
func Println(v ...any) { std.output(2, fmt.Sprintln(v...)) }

// Fatal is Print followed by os.Exit(1).
func Fatal(v ...any) {
	std.output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf followed by os.Exit(1).
func Fatalf(format string, v ...any) {
	std.output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func Fatalln(v ...any) {
	std.output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print followed by a panic with the message.
func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.output(2, s)
	panic(s)
}

// Panicf is Printf followed by a panic with the message.
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.output(2, s)
	panic(s)
}

// Panicln is Println followed by a panic with the message.
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.output(2, s)
	panic(s)
}
