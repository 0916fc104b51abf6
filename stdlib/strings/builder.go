package strings

import "unicode/utf8"

// Builder accumulates a string piece by piece. Start from the zero value;
// copying a Builder that holds data and then writing to the copy panics.
type Builder struct {
	self *Builder // set on first write; a copied Builder panics on write
	buf  []byte
}

func (b *Builder) check() {
	if b.self == nil {
		b.self = b
	} else if b.self != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string.
func (b *Builder) String() string { return string(b.buf) }

// Len is the byte length so far.
func (b *Builder) Len() int { return len(b.buf) }

// Cap is the room reserved so far, in bytes.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset empties the Builder.
func (b *Builder) Reset() {
	b.self = nil
	b.buf = nil
}

// Grow makes room for at least n more bytes. It panics if n is negative.
func (b *Builder) Grow(n int) {
	b.check()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(nb, b.buf)
		b.buf = nb
	}
}

// The writers test b.self inline: a call to check on every write would
// cost as much as the write.

func (b *Builder) Write(p []byte) (int, error) {
	if b.self != b {
		b.check()
	}
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *Builder) WriteByte(c byte) error {
	if b.self != b {
		b.check()
	}
	b.buf = append(b.buf, c)
	return nil
}

func (b *Builder) WriteRune(r rune) (int, error) {
	if b.self != b {
		b.check()
	}
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

func (b *Builder) WriteString(s string) (int, error) {
	if b.self != b {
		b.check()
	}
	b.buf = append(b.buf, s...)
	return len(s), nil
}
