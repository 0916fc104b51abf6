package rand

import (
	"errors"
	"math/bits"
)

// A ChaCha8 is the ChaCha8Rand generator: ChaCha with 8 rounds, keyed by
// the seed, run over block counters 0 to 15. Of the 16 blocks' 1024
// bytes, the first 992 are output (124 values) and the last 32 become the
// next key, so a captured state says nothing about earlier output.
//
// Go lays each group of four blocks out word-interleaved (word i of block
// b at 4*i + b, as four SIMD lanes would store them), adds the key back
// into words 4-11 of each block but not the constants or counter, and
// reads values as little-endian pairs of words; this does the same so the
// sequences agree.
type ChaCha8 struct {
	key  [8]uint32   // the key the buffered values come from
	next [8]uint32   // the key after those
	out  [124]uint64 // the values of the current key
	used int         // how many of out are taken
	// filled is false only in the zero ChaCha8, which Go starts 32 values
	// into the zero key's output.
	filled bool
}

const chachaPerKey = 124

// NewChaCha8 returns a ChaCha8 seeded with seed.
func NewChaCha8(seed [32]byte) *ChaCha8 {
	c := &ChaCha8{}
	c.Seed(seed)
	return c
}

// Seed resets c to the state NewChaCha8(seed) starts from.
func (c *ChaCha8) Seed(seed [32]byte) {
	for i := range c.key {
		c.key[i] = readLE32(seed[4*i:])
	}
	c.fill()
	c.used = 0
}

// Uint64 returns a uniformly distributed uint64.
func (c *ChaCha8) Uint64() uint64 {
	if !c.filled {
		c.fill()
		c.used = 32
	}
	if c.used == chachaPerKey {
		c.key = c.next
		c.fill()
		c.used = 0
	}
	v := c.out[c.used]
	c.used++
	return v
}

func quarter(a, b, c, d uint32) (uint32, uint32, uint32, uint32) {
	a += b
	d = bits.RotateLeft32(d^a, 16)
	c += d
	b = bits.RotateLeft32(b^c, 12)
	a += b
	d = bits.RotateLeft32(d^a, 8)
	c += d
	b = bits.RotateLeft32(b^c, 7)
	return a, b, c, d
}

// fill computes the 16 blocks of c.key into c.out and c.next.
func (c *ChaCha8) fill() {
	var words [256]uint32
	for blk := 0; blk < 16; blk++ {
		// "expand 32-byte k", the key, the counter, a zero nonce.
		x := [16]uint32{0x61707865, 0x3320646e, 0x79622d32, 0x6b206574}
		copy(x[4:12], c.key[:])
		x[12] = uint32(blk)
		for r := 0; r < 4; r++ {
			x[0], x[4], x[8], x[12] = quarter(x[0], x[4], x[8], x[12])
			x[1], x[5], x[9], x[13] = quarter(x[1], x[5], x[9], x[13])
			x[2], x[6], x[10], x[14] = quarter(x[2], x[6], x[10], x[14])
			x[3], x[7], x[11], x[15] = quarter(x[3], x[7], x[11], x[15])
			x[0], x[5], x[10], x[15] = quarter(x[0], x[5], x[10], x[15])
			x[1], x[6], x[11], x[12] = quarter(x[1], x[6], x[11], x[12])
			x[2], x[7], x[8], x[13] = quarter(x[2], x[7], x[8], x[13])
			x[3], x[4], x[9], x[14] = quarter(x[3], x[4], x[9], x[14])
		}
		for i := 4; i < 12; i++ {
			x[i] += c.key[i-4]
		}
		base := blk/4*64 + blk%4
		for i, w := range x {
			words[base+4*i] = w
		}
	}
	for k := range c.out {
		c.out[k] = uint64(words[2*k]) | uint64(words[2*k+1])<<32
	}
	copy(c.next[:], words[248:])
	c.filled = true
}

var errChaCha8Encoding = errors.New("invalid ChaCha8 encoding")

// MarshalBinary encodes the state as "chacha8:", the count of values taken
// under the current key (big-endian), and that key.
func (c *ChaCha8) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 48)
	b = append(b, "chacha8:"...)
	b = appendBE64(b, uint64(c.used))
	for _, w := range c.key {
		b = append(b, byte(w), byte(w>>8), byte(w>>16), byte(w>>24))
	}
	return b, nil
}

// UnmarshalBinary restores a state MarshalBinary encoded.
func (c *ChaCha8) UnmarshalBinary(data []byte) error {
	if len(data) != 48 || string(data[:8]) != "chacha8:" {
		return errChaCha8Encoding
	}
	used := readBE64(data[8:])
	if used > chachaPerKey {
		return errChaCha8Encoding
	}
	for i := range c.key {
		c.key[i] = readLE32(data[16+4*i:])
	}
	c.fill()
	c.used = int(used)
	return nil
}

func readLE32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}
