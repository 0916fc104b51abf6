// run

// Common math functions: Sqrt, Pow, Abs, Floor/Ceil, trigonometry and
// logarithms on ordinary values.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Pow(2, 0.5), math.Pow(1.5, 3), math.Pow10(3))
	fmt.Println(math.Abs(-4.2), math.Floor(4.7), math.Ceil(4.2), math.Round(4.5), math.Trunc(-4.7))
	fmt.Println(math.Sin(math.Pi/2), math.Cos(0), math.Tan(0), math.Atan(1)*4, math.Atan2(1, 1), math.Asin(1), math.Acos(1))
	fmt.Println(math.Log(math.E), math.Log2(1024), math.Log10(1e6), math.Log1p(0), math.Exp(0), math.Exp2(10))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Sinh(1), math.Cosh(1), math.Tanh(1), math.Cbrt(27))
	fmt.Println(math.Hypot(5, 12), math.Max(3, 7), math.Min(3, 7), math.Gamma(5), math.Erf(0))
	s, c := math.Sincos(0)
	fmt.Println(s, c, math.FMA(2, 3, 4))
}

// Output:
// 1.4142135623730951 12 1.4142135623730951 3.375 1000
// 4.2 4 5 5 -4
// 1 1 0 3.141592653589793 0.7853981633974483 1.5707963267948966 0
// 1 10 6 0 1 1024
// 1.1752 1.5431 0.7616 3.0000
// 13 7 3 24 0
// 0 1 10
