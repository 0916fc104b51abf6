// Package bufio: buffered Readers and Writers, and Scanner for reading
// input token by token (lines, words, runes, bytes).
//
// Written for gopark from the package documentation, in plain Go: every
// operation calls back into the wrapped io.Reader or io.Writer.
package bufio

import (
	"errors"
	"io"
	"unicode/utf8"
)

const (
	defaultBufSize           = 4096
	minReadBufferSize        = 16
	maxConsecutiveEmptyReads = 100
)

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

var errNegativeRead = errors.New("bufio: reader returned negative count from Read")

// Reader buffers an io.Reader: buf[r:w] holds the bytes read ahead.
type Reader struct {
	buf          []byte
	rd           io.Reader
	r, w         int
	err          error // the wrapped reader's pending error
	lastByte     int   // for UnreadByte; -1 when not allowed
	lastRuneSize int   // for UnreadRune; -1 when not allowed
}

// NewReaderSize returns a Reader with a buffer of at least size bytes;
// rd itself when it is already such a Reader.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if b, ok := rd.(*Reader); ok && len(b.buf) >= size {
		return b
	}
	if size < minReadBufferSize {
		size = minReadBufferSize
	}
	r := new(Reader)
	r.reset(make([]byte, size), rd)
	return r
}

// NewReader returns a Reader with the default buffer size (4096).
func NewReader(rd io.Reader) *Reader {
	return NewReaderSize(rd, defaultBufSize)
}

// Size returns the size of the buffer in bytes.
func (b *Reader) Size() int { return len(b.buf) }

// Reset discards the buffered data and makes b read from r.
func (b *Reader) Reset(r io.Reader) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.reset(b.buf, r)
}

func (b *Reader) reset(buf []byte, r io.Reader) {
	*b = Reader{buf: buf, rd: r, lastByte: -1, lastRuneSize: -1}
}

// fill reads one more chunk into the buffer, sliding the unread bytes to
// its start first.
func (b *Reader) fill() {
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.r = 0
	}
	if b.w >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for i := 0; i < maxConsecutiveEmptyReads; i++ {
		n, err := b.rd.Read(b.buf[b.w:])
		if n < 0 {
			panic(errNegativeRead)
		}
		b.w += n
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

func (b *Reader) readErr() error {
	err := b.err
	b.err = nil
	return err
}

// Peek returns the next n bytes without consuming them; fewer come with
// the error that cut them short (ErrBufferFull when n exceeds the
// buffer).
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.lastByte = -1
	b.lastRuneSize = -1
	for b.w-b.r < n && b.w-b.r < len(b.buf) && b.err == nil {
		b.fill()
	}
	if n > len(b.buf) {
		return b.buf[b.r:b.w], ErrBufferFull
	}
	var err error
	if avail := b.w - b.r; avail < n {
		n = avail
		err = b.readErr()
		if err == nil {
			err = ErrBufferFull
		}
	}
	return b.buf[b.r : b.r+n], err
}

// Discard skips the next n bytes and returns how many it skipped.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return 0, nil
	}
	b.lastByte = -1
	b.lastRuneSize = -1
	remain := n
	for {
		skip := b.Buffered()
		if skip == 0 {
			b.fill()
			skip = b.Buffered()
		}
		if skip > remain {
			skip = remain
		}
		b.r += skip
		remain -= skip
		if remain == 0 {
			return n, nil
		}
		if b.err != nil {
			return n - remain, b.readErr()
		}
	}
}

// Read reads up to len(p) bytes, at most one Read of the underlying
// reader; at EOF it returns 0, io.EOF.
func (b *Reader) Read(p []byte) (n int, err error) {
	n = len(p)
	if n == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.readErr()
	}
	if b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		if len(p) >= len(b.buf) {
			// A large read goes straight into p.
			n, b.err = b.rd.Read(p)
			if n < 0 {
				panic(errNegativeRead)
			}
			if n > 0 {
				b.lastByte = int(p[n-1])
				b.lastRuneSize = -1
			}
			return n, b.readErr()
		}
		b.r = 0
		b.w = 0
		n, b.err = b.rd.Read(b.buf)
		if n < 0 {
			panic(errNegativeRead)
		}
		if n == 0 {
			return 0, b.readErr()
		}
		b.w += n
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = -1
	return n, nil
}

// ReadByte reads one byte.
func (b *Reader) ReadByte() (byte, error) {
	b.lastRuneSize = -1
	for b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	b.lastByte = int(c)
	return c, nil
}

// UnreadByte steps back over the last byte read.
func (b *Reader) UnreadByte() error {
	if b.lastByte < 0 || b.r == 0 && b.w > 0 {
		return ErrInvalidUnreadByte
	}
	if b.r > 0 {
		b.r--
	} else {
		b.w = 1 // the buffer was empty
	}
	b.buf[b.r] = byte(b.lastByte)
	b.lastByte = -1
	b.lastRuneSize = -1
	return nil
}

// ReadRune reads one UTF-8 encoded rune; an invalid encoding reads one
// byte as U+FFFD.
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.r+utf8.UTFMax > b.w && !utf8.FullRune(b.buf[b.r:b.w]) && b.err == nil && b.w-b.r < len(b.buf) {
		b.fill()
	}
	b.lastRuneSize = -1
	if b.r == b.w {
		return 0, 0, b.readErr()
	}
	r, size = rune(b.buf[b.r]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.buf[b.r:b.w])
	}
	b.r += size
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = size
	return r, size, nil
}

// UnreadRune steps back over the last rune, if ReadRune was the last
// read.
func (b *Reader) UnreadRune() error {
	if b.lastRuneSize < 0 || b.r < b.lastRuneSize {
		return ErrInvalidUnreadRune
	}
	b.r -= b.lastRuneSize
	b.lastByte = -1
	b.lastRuneSize = -1
	return nil
}

// Buffered returns the number of bytes that can be read from the buffer.
func (b *Reader) Buffered() int { return b.w - b.r }

// ReadSlice reads through the first delim and returns a view of the
// buffer, valid until the next read; ErrBufferFull when the buffer fills
// first.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0
	for {
		if i := indexByte(b.buf[b.r+searched:b.w], delim); i >= 0 {
			i += searched
			line = b.buf[b.r : b.r+i+1]
			b.r += i + 1
			break
		}
		if b.err != nil {
			line = b.buf[b.r:b.w]
			b.r = b.w
			err = b.readErr()
			break
		}
		if b.Buffered() >= len(b.buf) {
			b.r = b.w
			line = b.buf
			err = ErrBufferFull
			break
		}
		searched = b.w - b.r
		b.fill()
	}
	if i := len(line) - 1; i >= 0 {
		b.lastByte = int(line[i])
		b.lastRuneSize = -1
	}
	return line, err
}

// ReadLine returns one line without its "\n" or "\r\n"; isPrefix tells
// that the line was longer than the buffer and more of it follows.
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		// Keep a final '\r' for the next call: it may start "\r\n".
		if len(line) > 0 && line[len(line)-1] == '\r' {
			if b.r == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.r--
			line = line[:len(line)-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return
	}
	err = nil
	if line[len(line)-1] == '\n' {
		drop := 1
		if len(line) > 1 && line[len(line)-2] == '\r' {
			drop = 2
		}
		line = line[:len(line)-drop]
	}
	return
}

// collect reads through delim, gathering the buffers that filled on the
// way: full buffers, then the final piece, and their total length.
func (b *Reader) collect(delim byte) (full [][]byte, last []byte, total int, err error) {
	for {
		var piece []byte
		piece, err = b.ReadSlice(delim)
		if err == nil {
			last = piece
			break
		}
		if err != ErrBufferFull {
			last = piece
			break
		}
		full = append(full, append([]byte(nil), piece...))
		total += len(piece)
	}
	total += len(last)
	return full, last, total, err
}

// ReadBytes reads through the first delim and returns a new slice with
// the data and the delimiter; err != nil exactly when delim was not
// found.
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	full, last, total, err := b.collect(delim)
	out := make([]byte, 0, total)
	for _, p := range full {
		out = append(out, p...)
	}
	out = append(out, last...)
	return out, err
}

// ReadString is ReadBytes returning a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	full, last, _, err := b.collect(delim)
	if len(full) == 0 {
		return string(last), err
	}
	var buf []byte
	for _, p := range full {
		buf = append(buf, p...)
	}
	buf = append(buf, last...)
	return string(buf), err
}

// WriteTo writes everything buffered and then the rest of the underlying
// reader to w.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.lastByte = -1
	b.lastRuneSize = -1
	for {
		if b.r < b.w {
			k, werr := w.Write(b.buf[b.r:b.w])
			if k < 0 {
				panic(errors.New("bufio: writer returned negative count from Write"))
			}
			b.r += k
			n += int64(k)
			if werr != nil {
				return n, werr
			}
			if b.r < b.w {
				return n, io.ErrShortWrite
			}
		}
		if b.err != nil {
			err = b.readErr()
			if err == io.EOF {
				err = nil
			}
			return n, err
		}
		b.fill()
	}
}

// Writer buffers an io.Writer. After a write error every further write
// and Flush returns it.
type Writer struct {
	err error
	buf []byte
	n   int
	wr  io.Writer
}

// NewWriterSize returns a Writer with a buffer of at least size bytes
// (the default when size <= 0); w itself when it is already such a
// Writer.
func NewWriterSize(w io.Writer, size int) *Writer {
	if b, ok := w.(*Writer); ok && len(b.buf) >= size {
		return b
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

// NewWriter returns a Writer with the default buffer size (4096).
func NewWriter(w io.Writer) *Writer {
	return NewWriterSize(w, defaultBufSize)
}

// Size returns the size of the buffer in bytes.
func (b *Writer) Size() int { return len(b.buf) }

// Reset discards unflushed data and the error, and makes b write to w.
func (b *Writer) Reset(w io.Writer) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.err = nil
	b.n = 0
	b.wr = w
}

// Flush writes the buffered data to the underlying writer.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	n, err := b.wr.Write(b.buf[:b.n])
	if n < b.n && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		if n > 0 && n < b.n {
			copy(b.buf[:b.n-n], b.buf[n:b.n])
		}
		b.n -= n
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

// Available returns how many bytes are unused in the buffer.
func (b *Writer) Available() int { return len(b.buf) - b.n }

// AvailableBuffer returns an empty slice over the unused buffer, to append
// to and pass to the next Write.
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.n:][:0] }

// Buffered returns how many bytes are waiting in the buffer.
func (b *Writer) Buffered() int { return b.n }

// Write writes p; fewer bytes come with the error that stopped it.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.err == nil {
		var n int
		if b.Buffered() == 0 {
			// Nothing buffered: a large write goes straight through.
			n, b.err = b.wr.Write(p)
		} else {
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], p)
	b.n += n
	return nn + n, nil
}

// WriteByte writes one byte.
func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune writes r UTF-8 encoded and returns the byte count.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if uint32(r) < utf8.RuneSelf {
		if err = b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.Available() < utf8.UTFMax {
		if b.Flush(); b.err != nil {
			return 0, b.err
		}
		if b.Available() < utf8.UTFMax {
			// A buffer too small for any rune.
			return b.WriteString(string(r))
		}
	}
	size = utf8.EncodeRune(b.buf[b.n:], r)
	b.n += size
	return size, nil
}

// WriteString writes s; fewer bytes come with the error that stopped it.
func (b *Writer) WriteString(s string) (int, error) {
	nn := 0
	sw, isSW := b.wr.(io.StringWriter)
	for len(s) > b.Available() && b.err == nil {
		var n int
		if b.Buffered() == 0 && isSW {
			n, b.err = sw.WriteString(s)
		} else {
			n = copy(b.buf[b.n:], s)
			b.n += n
			b.Flush()
		}
		nn += n
		s = s[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], s)
	b.n += n
	return nn + n, nil
}

// ReadFrom reads r until EOF into the buffer, flushing as it fills.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	for {
		if b.Available() == 0 {
			if err = b.Flush(); err != nil {
				return n, err
			}
		}
		empties := 0
		var k int
		for {
			k, err = r.Read(b.buf[b.n:])
			if k != 0 || err != nil {
				break
			}
			empties++
			if empties >= maxConsecutiveEmptyReads {
				return n, io.ErrNoProgress
			}
		}
		b.n += k
		n += int64(k)
		if err != nil {
			break
		}
	}
	if err == io.EOF {
		// A full buffer is flushed now, as an io.Copy caller expects.
		if b.Available() == 0 {
			err = b.Flush()
		} else {
			err = nil
		}
	}
	return n, err
}

// ReadWriter pairs a Reader and a Writer.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter returns a ReadWriter over r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter {
	return &ReadWriter{r, w}
}

// indexByte returns the index of the first c in b, or -1.
func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}
