package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// MinRead is the smallest slice Buffer.ReadFrom passes to Read.
const MinRead = 512

// ErrTooLarge is the panic value when a Buffer cannot grow.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

// Buffer is a growable byte queue: writes append, reads consume from the
// front. The zero value is empty and usable.
type Buffer struct {
	buf      []byte // contents are buf[off:]
	off      int    // read position
	lastRead int8   // 0: nothing to unread; -1: a byte may be unread; 1..4: size of the last rune read
}

const (
	unreadNone int8 = 0  // nothing may be unread
	unreadByte int8 = -1 // the last operation read bytes
)

// NewBuffer returns a Buffer whose initial contents are buf; the Buffer
// takes ownership of buf.
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString returns a Buffer whose initial contents are s.
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes exposes the unread bytes (aliasing b until b next changes).
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// String copies out the unread bytes; a nil *Buffer gives "<nil>".
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

// Len returns the number of unread bytes.
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap is the room reserved so far, in bytes.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Available returns how many bytes can be written without growing.
func (b *Buffer) Available() int { return cap(b.buf) - len(b.buf) }

// AvailableBuffer returns an empty slice with b.Available() capacity, to
// be appended to and passed to the next Write.
func (b *Buffer) AvailableBuffer() []byte { return b.buf[len(b.buf):] }

// Reset empties the buffer but keeps its storage.
func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = unreadNone
}

// Truncate keeps only the first n unread bytes (0 <= n <= Len, else panic).
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = unreadNone
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// grow makes room for n more bytes and returns where they go.
func (b *Buffer) grow(n int) int {
	l := len(b.buf)
	if n <= cap(b.buf)-l {
		b.buf = b.buf[:l+n]
		return l
	}
	if l == b.off && b.off != 0 {
		b.Reset()
		if n <= cap(b.buf) {
			b.buf = b.buf[:n]
			return 0
		}
	}
	l = len(b.buf)
	unread := l - b.off
	if unread+n <= cap(b.buf)/2 {
		// Slide the unread bytes down instead of reallocating.
		copy(b.buf, b.buf[b.off:])
	} else {
		nb := make([]byte, unread, 2*cap(b.buf)+n)
		copy(nb, b.buf[b.off:])
		b.buf = nb
	}
	b.off = 0
	b.buf = b.buf[:unread+n]
	return unread
}

// Grow makes room for at least n more bytes. It panics if n is negative.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	m := b.grow(n)
	b.buf = b.buf[:m]
}

func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = unreadNone
	m := b.grow(len(p))
	return copy(b.buf[m:], p), nil
}

func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = unreadNone
	m := b.grow(len(s))
	return copy(b.buf[m:], s), nil
}

func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = unreadNone
	m := b.grow(1)
	b.buf[m] = c
	return nil
}

func (b *Buffer) WriteRune(r rune) (n int, err error) {
	b.lastRead = unreadNone
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.Grow(utf8.UTFMax)
	l := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - l, nil
}

// ReadFrom reads from r until EOF, appending to the buffer.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = unreadNone
	for {
		i := b.grow(MinRead)
		b.buf = b.buf[:i]
		m, e := r.Read(b.buf[i:cap(b.buf)])
		if m < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:i+m]
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

// WriteTo hands the unread bytes to w, consuming what w accepted.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = unreadNone
	if l := b.Len(); l > 0 {
		m, e := w.Write(b.buf[b.off:])
		if m > l {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		n = int64(m)
		if e != nil {
			return n, e
		}
		if m != l {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = unreadNone
	if b.Len() == 0 {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = unreadByte
	}
	return n, nil
}

// Next returns the next n unread bytes (fewer if there are not n) and
// advances past them.
func (b *Buffer) Next(n int) []byte {
	b.lastRead = unreadNone
	if m := b.Len(); n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = unreadByte
	}
	return data
}

func (b *Buffer) ReadByte() (byte, error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = unreadByte
	return c, nil
}

func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, 0, io.EOF
	}
	if c := b.buf[b.off]; c < utf8.RuneSelf {
		b.off++
		b.lastRead = 1
		return rune(c), 1, nil
	}
	r, size = utf8.DecodeRune(b.buf[b.off:])
	b.off += size
	b.lastRead = int8(size)
	return r, size, nil
}

func (b *Buffer) UnreadRune() error {
	if b.lastRead <= unreadNone {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.off >= int(b.lastRead) {
		b.off -= int(b.lastRead)
	}
	b.lastRead = unreadNone
	return nil
}

func (b *Buffer) UnreadByte() error {
	if b.lastRead == unreadNone {
		return errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")
	}
	b.lastRead = unreadNone
	if b.off > 0 {
		b.off--
	}
	return nil
}

// ReadBytes reads up to and including the first delim; without one it
// returns what remains and io.EOF.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	s, err := b.readSlice(delim)
	return append([]byte(nil), s...), err
}

// ReadString is ReadBytes returning a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	s, err := b.readSlice(delim)
	return string(s), err
}

func (b *Buffer) readSlice(delim byte) (line []byte, err error) {
	i := IndexByte(b.buf[b.off:], delim)
	end := b.off + i + 1
	if i < 0 {
		end = len(b.buf)
		err = io.EOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.lastRead = unreadByte
	return line, err
}
