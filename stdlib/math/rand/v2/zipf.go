package rand

import "math"

// A Zipf draws integers k in [0, imax] with probability proportional to
// (v + k)^(-s), by Hörmann and Derflinger's rejection-inversion ("Rejection-
// inversion to generate variates from monotone discrete distributions",
// 1996): invert the integral H of the density's continuous hull at a
// uniform point, round to the nearest integer, and accept at once when
// the rounding stays inside the hull's safe margin.
type Zipf struct {
	r    *Rand
	imax float64
	v    float64
	q    float64 // the exponent s
	// 1-q and its reciprocal, which H and its inverse use.
	oneMinusQ, oneMinusQInv float64
	hImax                   float64 // H(imax + 1/2)
	hSpan                   float64 // H(1/2) - v^-q - H(imax + 1/2)
	safeMargin              float64 // 1 - H⁻¹(H(3/2) - (v+1)^-q)
}

// NewZipf returns a Zipf generator drawing from r, or nil unless s > 1
// and v >= 1.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	if s <= 1 || v < 1 {
		return nil
	}
	z := &Zipf{r: r, imax: float64(imax), v: v, q: s}
	z.oneMinusQ = 1 - s
	z.oneMinusQInv = 1 / z.oneMinusQ
	z.hImax = z.bigH(z.imax + 0.5)
	z.hSpan = z.bigH(0.5) - math.Exp(math.Log(v)*-s) - z.hImax
	z.safeMargin = 1 - z.bigHInv(z.bigH(1.5)-math.Exp(-s*math.Log(v+1)))
	return z
}

// bigH is H(x) = (v+x)^(1-q) / (1-q), the integral of the hull.
func (z *Zipf) bigH(x float64) float64 {
	return math.Exp(z.oneMinusQ*math.Log(z.v+x)) * z.oneMinusQInv
}

// bigHInv inverts bigH.
func (z *Zipf) bigHInv(x float64) float64 {
	return math.Exp(z.oneMinusQInv*math.Log(z.oneMinusQ*x)) - z.v
}

// Uint64 returns a value drawn from the Zipf distribution.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	var k float64
	for {
		u := z.hImax + z.r.Float64()*z.hSpan
		x := z.bigHInv(u)
		k = math.Floor(x + 0.5)
		if k-x <= z.safeMargin {
			break
		}
		if u >= z.bigH(k+0.5)-math.Exp(-math.Log(k+z.v)*z.q) {
			break
		}
	}
	return uint64(k)
}
