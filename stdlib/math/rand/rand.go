// Package rand: pseudo-random numbers, not for security-sensitive work.
//
// Declarations written for gopark from the package documentation. The
// top-level functions use a shared, randomly seeded source unless Seed is
// called. The functions and methods without bodies are implemented
// natively by the VM (Rand's methods call back into its Source).
package rand

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
// use.
type rngSource struct {
	vec  []int64 // generator state
	i, j int     // positions in vec
}

func (r *rngSource) Seed(seed int64)
func (r *rngSource) Int63() int64
func (r *rngSource) Uint64() uint64

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

func (r *Rand) Seed(seed int64)
func (r *Rand) Int63() int64
func (r *Rand) Uint32() uint32
func (r *Rand) Uint64() uint64
func (r *Rand) Int31() int32
func (r *Rand) Int() int
func (r *Rand) Int63n(n int64) int64
func (r *Rand) Int31n(n int32) int32
func (r *Rand) Intn(n int) int
func (r *Rand) Float64() float64
func (r *Rand) Float32() float32
func (r *Rand) Perm(n int) []int
func (r *Rand) Shuffle(n int, swap func(i, j int))
func (r *Rand) Read(p []byte) (n int, err error)
func (r *Rand) ExpFloat64() float64
func (r *Rand) NormFloat64() float64

// Seed seeds the shared source deterministically.
//
// Deprecated: use New(NewSource(seed)) for a reproducible sequence.
func Seed(seed int64)

func Int63() int64
func Uint32() uint32
func Uint64() uint64
func Int31() int32
func Int() int
func Int63n(n int64) int64
func Int31n(n int32) int32
func Intn(n int) int
func Float64() float64
func Float32() float32
func Perm(n int) []int
func Shuffle(n int, swap func(i, j int))

// Deprecated: use crypto/rand.Read for random bytes.
func Read(p []byte) (n int, err error)

func ExpFloat64() float64
func NormFloat64() float64

// A Zipf generates Zipf-distributed variates.
type Zipf struct {
	r    *Rand
	imax uint64
	s, v float64
	k    [4]float64 // constants NewZipf precomputes for the sampler
}

// NewZipf draws k in [0, imax] with probability proportional to
// (v+k)^-s; s must exceed 1 and v be at least 1 (else it returns nil).
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf

// Uint64 draws the next value.
func (z *Zipf) Uint64() uint64
