// Package math: basic constants and mathematical functions on float64.
//
// Declarations written for gopark from the package documentation. The
// functions are implemented natively by the VM (stdlib/native/math*.cc),
// not over the C library: they use the same published algorithms and
// operation order as Go 1.22 on amd64, so every result is bit-identical to
// Go's (tests/go/lib/math_bits_exact.go, from tools/gen_math_cases.go).
package math

// Mathematical constants, given to more digits than a float64 holds.
const (
	E   = 2.718281828459045235360287471352662497757247093699959574966967628
	Pi  = 3.141592653589793238462643383279502884197169399375105820974944592
	Phi = 1.618033988749894848204586834365638117720309179805762862135448623

	Sqrt2   = 1.414213562373095048801688724209698078569671875376948073176679738
	SqrtE   = 1.648721270700128146848650787814163571653776100710148011575079312
	SqrtPi  = 1.772453850905516027298167483341145182797549456122387128213807790
	SqrtPhi = 1.272019649514068964252422461737491491715608041840096248616640383

	Ln2    = 0.6931471805599453094172321214581765680755001343602552541206800095
	Log2E  = 1 / Ln2
	Ln10   = 2.302585092994045684017991454684364207601101488628772976033327901
	Log10E = 1 / Ln10
)

// The largest finite and the smallest positive (denormal) values of the
// floating-point types.
const (
	MaxFloat32             = 0x1.fffffep127
	SmallestNonzeroFloat32 = 0x1p-149

	MaxFloat64             = 0x1.fffffffffffffp1023
	SmallestNonzeroFloat64 = 0x1p-1074
)

const intSize = 64 // gopark's int is 64 bits wide

// Limits of the integer types.
const (
	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

func Abs(x float64) float64
func Acos(x float64) float64
func Acosh(x float64) float64
func Asin(x float64) float64
func Asinh(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64
func Atanh(x float64) float64
func Cbrt(x float64) float64
func Ceil(x float64) float64
func Copysign(f, sign float64) float64
func Cos(x float64) float64
func Cosh(x float64) float64
func Dim(x, y float64) float64
func Erf(x float64) float64
func Erfc(x float64) float64
func Erfcinv(x float64) float64
func Erfinv(x float64) float64
func Exp(x float64) float64
func Exp2(x float64) float64
func Expm1(x float64) float64
func FMA(x, y, z float64) float64
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func Floor(x float64) float64
func Frexp(f float64) (frac float64, exp int)
func Gamma(x float64) float64
func Hypot(p, q float64) float64
func Ilogb(x float64) int
func Inf(sign int) float64
func IsInf(f float64, sign int) bool
func IsNaN(f float64) (is bool)
func J0(x float64) float64
func J1(x float64) float64
func Jn(n int, x float64) float64
func Ldexp(frac float64, exp int) float64
func Lgamma(x float64) (lgamma float64, sign int)
func Log(x float64) float64
func Log10(x float64) float64
func Log1p(x float64) float64
func Log2(x float64) float64
func Logb(x float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
func Mod(x, y float64) float64
func Modf(f float64) (int float64, frac float64)
func NaN() float64
func Nextafter(x, y float64) (r float64)
func Nextafter32(x, y float32) (r float32)
func Pow(x, y float64) float64
func Pow10(n int) float64
func Remainder(x, y float64) float64
func Round(x float64) float64
func RoundToEven(x float64) float64
func Signbit(x float64) bool
func Sin(x float64) float64
func Sincos(x float64) (sin, cos float64)
func Sinh(x float64) float64
func Sqrt(x float64) float64
func Tan(x float64) float64
func Tanh(x float64) float64
func Trunc(x float64) float64
func Y0(x float64) float64
func Y1(x float64) float64
func Yn(n int, x float64) float64
