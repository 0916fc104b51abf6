// Package rand (math/rand/v2): pseudo-random numbers, not for
// security-sensitive work.
//
// Written for gopark from the package documentation. PCG, ChaCha8 and the
// methods of Rand reproduce Go's sequences for the same seed: PCG is the
// published PCG-DXSM generator, ChaCha8 is ChaCha8Rand, bounded integers
// use Lemire's multiply-and-reject method on 64-bit products, and the
// normal and exponential variates use the Marsaglia-Tsang ziggurat with
// the same tables. Zipf follows Go too, except where gopark's math.Exp
// and math.Log (the host C library's) round differently from Go's, which
// shows only for huge imax. The top-level functions draw from a PCG
// seeded by the runtime (random per run; fixed by `gopark run -seed`), so
// their values differ from Go's.
package rand

import "math/bits"

// A Source is a source of uniformly distributed pseudo-random uint64
// values in [0, 1<<64). It is not safe for concurrent use.
type Source interface {
	Uint64() uint64
}

// A Rand draws numbers of several distributions from a Source.
type Rand struct {
	src Source
}

// New returns a Rand drawing from src.
func New(src Source) *Rand {
	return &Rand{src: src}
}

func (r *Rand) Uint64() uint64 { return r.src.Uint64() }

// Each takes one draw: Uint32 and Int32 keep its high bits, Int64 and
// Int clear its top bit.

func (r *Rand) Uint32() uint32 { return uint32(r.src.Uint64() >> 32) }
func (r *Rand) Int64() int64   { return int64(r.src.Uint64() << 1 >> 1) }
func (r *Rand) Int32() int32   { return int32(r.src.Uint64() >> 33) }
func (r *Rand) Int() int       { return int(uint(r.src.Uint64()) << 1 >> 1) }

// below returns a uniform value in [0, n) for n > 0. The high word of the
// 128-bit product v*n is uniform enough except for the few v whose low
// word falls under 2^64 mod n; those are drawn again. Every bound,
// including those under 2^32, takes one 64-bit draw per attempt, which is
// what keeps the sequences identical across the N functions.
func (r *Rand) below(n uint64) uint64 {
	if n&(n-1) == 0 {
		return r.src.Uint64() & (n - 1)
	}
	hi, lo := bits.Mul64(r.src.Uint64(), n)
	if lo < n {
		// -n % n is 2^64 mod n computed in 64 bits.
		limit := -n % n
		for lo < limit {
			hi, lo = bits.Mul64(r.src.Uint64(), n)
		}
	}
	return hi
}

// Int64N is uniform in [0, n); it panics if n <= 0.
func (r *Rand) Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return int64(r.below(uint64(n)))
}

// Uint64N is uniform in [0, n); it panics if n == 0.
func (r *Rand) Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	return r.below(n)
}

// Int32N is uniform in [0, n); it panics if n <= 0.
func (r *Rand) Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return int32(r.below(uint64(n)))
}

// Uint32N is uniform in [0, n); it panics if n == 0.
func (r *Rand) Uint32N(n uint32) uint32 {
	if n == 0 {
		panic("invalid argument to Uint32N")
	}
	return uint32(r.below(uint64(n)))
}

// IntN is uniform in [0, n); it panics if n <= 0.
func (r *Rand) IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return int(r.below(uint64(n)))
}

// UintN is uniform in [0, n); it panics if n == 0.
func (r *Rand) UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return uint(r.below(uint64(n)))
}

// Float64 is uniform in [0.0, 1.0): 53 random bits scaled down.
func (r *Rand) Float64() float64 {
	return float64(r.src.Uint64()<<11>>11) / (1 << 53)
}

// Float32 is uniform in [0.0, 1.0): 24 random bits scaled down.
func (r *Rand) Float32() float32 {
	return float32(r.Uint32()<<8>>8) / (1 << 24)
}

// Perm is a random permutation of [0, n): the identity, shuffled.
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(n, func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle calls swap to put n elements in a random order (Fisher-Yates,
// from the last element down); it panics if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		swap(i, int(r.below(uint64(i+1))))
	}
}
