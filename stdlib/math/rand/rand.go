// Package rand: pseudo-random numbers, not for security-sensitive work.
//
// Written for gopark from the package documentation. The generator is
// gopark's own (xoshiro256**, seeded through splitmix64): a seeded Source
// repeats its sequence from run to run, but not Go's sequence for the same
// seed. The top-level functions draw from a source seeded by the runtime
// (random per run; fixed by `gopark run -seed`) unless Seed is called.
package rand

import (
	"math"
	"sync"
)

// A Source is a source of uniformly distributed pseudo-random int64 values
// in [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// Source64 adds full 64-bit output to Source.
type Source64 interface {
	Source
	Uint64() uint64
}

// rngSource is the Source NewSource returns. It is not safe for concurrent
// use (the top-level functions' source is a lockedSource around one).
type rngSource struct {
	s0, s1, s2, s3 uint64
}

func splitmix(x *uint64) uint64 {
	*x += 0x9e3779b97f4a7c15
	z := *x
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

func (r *rngSource) Seed(seed int64) {
	x := uint64(seed)
	r.s0, r.s1, r.s2, r.s3 = splitmix(&x), splitmix(&x), splitmix(&x), splitmix(&x)
}

func (r *rngSource) Uint64() uint64 {
	v := r.s1 * 5
	v = (v<<7 | v>>57) * 9
	t := r.s1 << 17
	r.s2 ^= r.s0
	r.s3 ^= r.s1
	r.s1 ^= r.s2
	r.s0 ^= r.s3
	r.s2 ^= t
	r.s3 = r.s3<<45 | r.s3>>19
	return v
}

func (r *rngSource) Int63() int64 { return int64(r.Uint64() >> 1) }

// NewSource returns a Source seeded with seed. Unlike the top-level
// functions' source, it is not safe for concurrent use.
func NewSource(seed int64) Source {
	s := &rngSource{}
	s.Seed(seed)
	return s
}

// Rand draws numbers of several distributions from a Source.
type Rand struct {
	src Source
	s64 Source64 // src as a Source64, when it is one

	// Leftover bits of the last Int63 call, for Read.
	readVal int64
	readPos int
}

// New returns a Rand drawing from src.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed reseeds the Rand's source.
func (r *Rand) Seed(seed int64) {
	r.src.Seed(seed)
	r.readPos = 0
}

func (r *Rand) Int63() int64   { return r.src.Int63() }
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }
func (r *Rand) Int31() int32   { return int32(r.Int63() >> 32) }

func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1)
}

// Int63n is uniform in [0, n); it panics if n <= 0.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	// Reject the top partial block so every remainder is equally likely.
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

// Int31n is uniform in [0, n); it panics if n <= 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	max := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > max {
		v = r.Int31()
	}
	return v % n
}

// Intn is uniform in [0, n); it panics if n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 is uniform in [0.0, 1.0).
func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()>>10) / (1 << 53)
		if f < 1 {
			return f
		}
	}
}

// Float32 is uniform in [0.0, 1.0).
func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Int63()>>39) / (1 << 24)
		if f < 1 {
			return f
		}
	}
}

// Perm is a random permutation of [0, n).
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle calls swap to put n elements in a random order (Fisher-Yates).
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		swap(i, int(r.Int63n(int64(i+1))))
	}
}

// Read fills p with random bytes; it never fails.
func (r *Rand) Read(p []byte) (n int, err error) {
	for n = 0; n < len(p); n++ {
		if r.readPos == 0 {
			r.readVal = r.Int63()
			r.readPos = 7
		}
		p[n] = byte(r.readVal)
		r.readVal >>= 8
		r.readPos--
	}
	return n, nil
}

// ExpFloat64 is exponentially distributed with rate 1 (mean 1).
func (r *Rand) ExpFloat64() float64 { return -math.Log(1 - r.Float64()) }

// NormFloat64 is normally distributed with mean 0 and deviation 1
// (Marsaglia's polar method).
func (r *Rand) NormFloat64() float64 {
	for {
		u := 2*r.Float64() - 1
		v := 2*r.Float64() - 1
		s := u*u + v*v
		if s > 0 && s < 1 {
			return u * math.Sqrt(-2*math.Log(s)/s)
		}
	}
}

// runtimeSeed is a seed from the runtime: random per run, or derived from
// `gopark run -seed`.
func runtimeSeed() int64

var global = New(&lockedSource{src: NewSource(runtimeSeed()).(*rngSource)})

// lockedSource makes the shared source safe for goroutines running in
// parallel, as Go's top-level functions are.
type lockedSource struct {
	mu  sync.Mutex
	src *rngSource
}

func (s *lockedSource) Int63() int64 {
	s.mu.Lock()
	v := s.src.Int63()
	s.mu.Unlock()
	return v
}

func (s *lockedSource) Uint64() uint64 {
	s.mu.Lock()
	v := s.src.Uint64()
	s.mu.Unlock()
	return v
}

func (s *lockedSource) Seed(seed int64) {
	s.mu.Lock()
	s.src.Seed(seed)
	s.mu.Unlock()
}

// Seed seeds the shared source deterministically.
//
// Deprecated: use New(NewSource(seed)) for a reproducible sequence.
func Seed(seed int64) { global.Seed(seed) }

func Int63() int64                       { return global.Int63() }
func Uint32() uint32                     { return global.Uint32() }
func Uint64() uint64                     { return global.Uint64() }
func Int31() int32                       { return global.Int31() }
func Int() int                           { return global.Int() }
func Int63n(n int64) int64               { return global.Int63n(n) }
func Int31n(n int32) int32               { return global.Int31n(n) }
func Intn(n int) int                     { return global.Intn(n) }
func Float64() float64                   { return global.Float64() }
func Float32() float32                   { return global.Float32() }
func Perm(n int) []int                   { return global.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { global.Shuffle(n, swap) }

// Deprecated: use crypto/rand.Read for random bytes.
func Read(p []byte) (n int, err error) { return global.Read(p) }

func ExpFloat64() float64  { return global.ExpFloat64() }
func NormFloat64() float64 { return global.NormFloat64() }
