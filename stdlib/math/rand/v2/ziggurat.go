package rand

import "math"

// NormFloat64 and ExpFloat64 use the ziggurat method of Marsaglia and
// Tsang ("The Ziggurat Method for Generating Random Variables", 2000).
// The tables are built when the package starts, by the paper's own set-up recurrence, in
// float64, then stored as float32 (rounded) and uint32 (truncated).

const (
	normR    = 3.442619855899       // start of the normal tail (dn)
	normArea = 9.91256303526217e-3  // area of each normal layer (vn)
	expR     = 7.69711747013104972  // start of the exponential tail
	expDE    = 7.697117470131487    // the set-up's de: expR, rounded differently
	expArea  = 3.949659822581572e-3 // area of each exponential layer (ve)
	two31    = 2147483648.0         // scale of the signed normal index
	two32    = 4294967296.0         // scale of the unsigned exponential index
)

// Package variables with initializers rather than an init function: gopark
// initializes a library variable only when the program can reach it, so
// programs that never draw a normal or exponential value skip the set-up.
var normK, normW, normF = normTables()
var expK, expW, expF = expTables()

func normTables() (k [128]uint32, w, f [128]float32) {
	d := normR
	t := d
	q := normArea / math.Exp(-0.5*d*d)
	k[0] = uint32(d / q * two31)
	w[0] = float32(q / two31)
	w[127] = float32(d / two31)
	f[0] = 1
	f[127] = float32(math.Exp(-0.5 * d * d))
	for i := 126; i >= 1; i-- {
		d = math.Sqrt(-2 * math.Log(normArea/d+math.Exp(-0.5*d*d)))
		k[i+1] = uint32(d / t * two31)
		t = d
		f[i] = float32(math.Exp(-0.5 * d * d))
		w[i] = float32(d / two31)
	}
	return k, w, f
}

func expTables() (k [256]uint32, w, f [256]float32) {
	d := expDE
	t := d
	q := expArea / math.Exp(-d)
	k[0] = uint32(d / q * two32)
	w[0] = float32(q / two32)
	w[255] = float32(d / two32)
	f[0] = 1
	f[255] = float32(math.Exp(-d))
	for i := 254; i >= 1; i-- {
		d = -math.Log(expArea/d + math.Exp(-d))
		k[i+1] = uint32(d / t * two32)
		t = d
		f[i] = float32(math.Exp(-d))
		w[i] = float32(d / two32)
	}
	return k, w, f
}

// NormFloat64 is normally distributed with mean 0 and deviation 1.
func (r *Rand) NormFloat64() float64 {
	for {
		u := r.src.Uint64()
		j := int32(u) // the signed position within the layer
		i := u >> 32 & 127
		x := float64(j) * float64(normW[i])
		aj := uint32(j)
		if j < 0 {
			aj = uint32(-j)
		}
		if aj < normK[i] {
			return x // inside the layer's rectangle core
		}
		if i == 0 {
			// The tail beyond normR, by Marsaglia's exponential method.
			for {
				x = -logLikeGo(r.Float64()) * (1 / normR)
				y := -logLikeGo(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return normR + x
			}
			return -normR - x
		}
		if normF[i]+float32(r.Float64())*(normF[i-1]-normF[i]) < float32(math.Exp(-0.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 is exponentially distributed with rate 1 (mean 1).
func (r *Rand) ExpFloat64() float64 {
	for {
		u := r.src.Uint64()
		j := uint32(u)
		i := uint8(u >> 32)
		x := float64(j) * float64(expW[i])
		if j < expK[i] {
			return x
		}
		if i == 0 {
			return expR - logLikeGo(r.Float64())
		}
		if expF[i]+float32(r.Float64())*(expF[i-1]-expF[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}

// logLikeGo is the natural logarithm by fdlibm's method, for the tails.
// gopark's math.Log is the host C library's, which is off from Go's by one
// unit in the last place for some arguments, and the tails return a
// logarithm almost directly. The argument is a Float64 result: 0 or a
// normal number in [2^-53, 1).
func logLikeGo(x float64) float64 {
	// fdlibm's split of ln 2 and its minimax coefficients for
	// log(1+f) = f - s*(f - R(s*s)), s = f/(2+f).
	const (
		ln2hi = 6.93147180369123816490e-01
		ln2lo = 1.90821492927058770002e-10
		c1    = 6.666666666666735130e-01
		c2    = 3.999999999940941908e-01
		c3    = 2.857142874366239149e-01
		c4    = 2.222219843214978396e-01
		c5    = 1.818357216161805012e-01
		c6    = 1.531383769920937332e-01
		c7    = 1.479819860511658591e-01
	)
	if x == 0 {
		return math.Inf(-1)
	}
	// x = 2^e * m with sqrt(2)/2 <= m < sqrt(2).
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	f := m - 1
	k := float64(e)
	s := f / (2 + f)
	z := s * s
	w := z * z
	sum := z*(c1+w*(c3+w*(c5+w*c7))) + w*(c2+w*(c4+w*c6))
	h := 0.5 * f * f
	return k*ln2hi - ((h - (s*(h+sum) + k*ln2lo)) - f)
}
