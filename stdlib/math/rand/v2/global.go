package rand

import "sync"

// runtimeSeed is a seed from the runtime: random per run, or derived from
// `gopark run -seed`.
func runtimeSeed() int64

// lockedPCG is the top-level functions' source. Each draw takes the lock,
// rather than each top-level call, so Shuffle's swap may itself call the
// top-level functions, and goroutines on other processors never see a
// half-advanced state.
type lockedPCG struct {
	mu  sync.Mutex
	pcg PCG
}

func (s *lockedPCG) Uint64() uint64 {
	s.mu.Lock()
	v := s.pcg.Uint64()
	s.mu.Unlock()
	return v
}

var global = newGlobal()

func newGlobal() *Rand {
	s := &lockedPCG{}
	// Spread the one 64-bit seed over both words of the state.
	seed := uint64(runtimeSeed())
	s.pcg.Seed(seed, seed^0x9e3779b97f4a7c15)
	return New(s)
}

func Int() int                           { return global.Int() }
func Int32() int32                       { return global.Int32() }
func Int64() int64                       { return global.Int64() }
func Uint32() uint32                     { return global.Uint32() }
func Uint64() uint64                     { return global.Uint64() }
func IntN(n int) int                     { return global.IntN(n) }
func Int32N(n int32) int32               { return global.Int32N(n) }
func Int64N(n int64) int64               { return global.Int64N(n) }
func UintN(n uint) uint                  { return global.UintN(n) }
func Uint32N(n uint32) uint32            { return global.Uint32N(n) }
func Uint64N(n uint64) uint64            { return global.Uint64N(n) }
func Float32() float32                   { return global.Float32() }
func Float64() float64                   { return global.Float64() }
func Perm(n int) []int                   { return global.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { global.Shuffle(n, swap) }
func NormFloat64() float64               { return global.NormFloat64() }
func ExpFloat64() float64                { return global.ExpFloat64() }

// intType is every integer type, named or not.
type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// N is uniform in [0, n) for any integer type (time.Duration included);
// it panics if n <= 0.
func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(global.below(uint64(n)))
}
