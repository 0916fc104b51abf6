// run

// math's functions on zeros, infinities and NaN follow Go's special
// cases (NaN(), Modf, Nextafter, Lgamma, Ilogb, Max/Min).
package main

import (
	"fmt"
	"math"
)

func main() {
	nz := math.Copysign(0, -1)
	inf := math.Inf(1)
	fmt.Println(math.Float64bits(math.NaN()), math.IsNaN(math.NaN()), math.IsInf(-inf, -1), math.IsInf(inf, -1))
	ip, fp := math.Modf(-inf)
	fmt.Println(ip, fp)
	ip, fp = math.Modf(-3.25)
	fmt.Println(ip, fp)
	fmt.Println(math.Nextafter(nz, 0), math.Nextafter(1, 2), math.Nextafter32(1, 0))
	lg, sign := math.Lgamma(-2.5)
	fmt.Printf("%.10f %d\n", lg, sign)
	lg, sign = math.Lgamma(nz)
	fmt.Println(lg, sign)
	fmt.Println(math.Ilogb(0), math.Ilogb(inf), math.Ilogb(8), math.Logb(0.25))
	fmt.Println(math.Max(nz, 0), math.Min(nz, 0), math.Max(math.NaN(), inf), math.Min(-inf, math.NaN()))
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1), math.Pow(0, -1), math.Pow(-8, 1.0/3), math.Pow(2, 10))
	fmt.Println(math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5), math.Round(-2.5), math.RoundToEven(-2.5), math.Round(nz))
	fmt.Println(math.Mod(7, -3), math.Mod(-7, 3), math.Mod(1, 0), math.Remainder(7, 3), math.Abs(nz), math.Signbit(nz))
	fmt.Println(math.Hypot(3, 4), math.Hypot(inf, math.NaN()), math.Dim(5, 3), math.Dim(3, 5), math.Copysign(3, -1))
	fmt.Println(math.J0(0), math.J1(nz), math.Jn(2, 0), math.Y0(0), math.Y1(-1), math.Yn(1, inf))
	fmt.Println(math.Erfinv(1), math.Erfinv(-1), math.Erfinv(0), math.Erfinv(2), math.Erfcinv(0), math.Erfcinv(2))
	fr, exp := math.Frexp(8)
	fmt.Println(fr, exp, math.Ldexp(0.5, 4), math.Float32bits(1), math.Float32frombits(0x40490fdb), math.Float64frombits(0x3ff0000000000000))
}

// Output:
// 9221120237041090561 true true false
// -Inf NaN
// -3 -0.25
// -0 1.0000000000000002 0.99999994
// -0.0562437165 -1
// +Inf 1
// -2147483648 2147483647 3 -2
// 0 -0 +Inf -Inf
// NaN -Inf NaN +Inf NaN 1024
// -2 -1 -1 -3 -2 -0
// 1 -1 NaN 1 0 true
// 5 +Inf 2 0 -3
// 1 0 0 -Inf NaN 0
// +Inf -Inf 0 NaN +Inf -Inf
// 0.5 4 8 1065353216 3.1415927 1
