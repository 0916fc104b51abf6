package rand

import (
	"errors"
	"math/bits"
)

// A PCG is a PCG-DXSM generator: a 128-bit linear congruential state
// (hi:lo) whose output is the DXSM permutation of the state. The zero PCG
// is NewPCG(0, 0).
type PCG struct {
	hi, lo uint64
}

// The 128-bit LCG multiplier and increment of the PCG reference
// implementation, as high and low words, and DXSM's 64-bit multiplier.
const (
	pcgMulHi   = 0x2360ed051fc65da4
	pcgMulLo   = 0x4385df649fccf645
	pcgIncHi   = 0x5851f42d4c957f2d
	pcgIncLo   = 0x14057b7ef767814f
	dxsmFactor = 0xda942042e4dd58b5
)

// NewPCG returns a PCG whose state is seed1:seed2.
func NewPCG(seed1, seed2 uint64) *PCG {
	return &PCG{seed1, seed2}
}

// Seed resets p to the state NewPCG(seed1, seed2) starts from.
func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi, p.lo = seed1, seed2
}

// Uint64 advances the state and returns the permuted new state.
func (p *PCG) Uint64() uint64 {
	// state = state*mul + inc, mod 2^128.
	carryHi, lo := bits.Mul64(p.lo, pcgMulLo)
	hi := carryHi + p.hi*pcgMulLo + p.lo*pcgMulHi
	lo, c := bits.Add64(lo, pcgIncLo, 0)
	hi, _ = bits.Add64(hi, pcgIncHi, c)
	p.hi, p.lo = hi, lo

	x := hi
	x ^= x >> 32
	x *= dxsmFactor
	x ^= x >> 48
	return x * (lo | 1)
}

var errPCGEncoding = errors.New("invalid PCG encoding")

// MarshalBinary encodes the state as "pcg:" and the two words big-endian.
func (p *PCG) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 20)
	b = append(b, "pcg:"...)
	b = appendBE64(b, p.hi)
	b = appendBE64(b, p.lo)
	return b, nil
}

// UnmarshalBinary restores a state MarshalBinary encoded.
func (p *PCG) UnmarshalBinary(data []byte) error {
	if len(data) != 20 || string(data[:4]) != "pcg:" {
		return errPCGEncoding
	}
	p.hi = readBE64(data[4:])
	p.lo = readBE64(data[12:])
	return nil
}

func appendBE64(b []byte, v uint64) []byte {
	for s := 56; s >= 0; s -= 8 {
		b = append(b, byte(v>>uint(s)))
	}
	return b
}

func readBE64(b []byte) uint64 {
	var v uint64
	for _, c := range b[:8] {
		v = v<<8 | uint64(c)
	}
	return v
}
