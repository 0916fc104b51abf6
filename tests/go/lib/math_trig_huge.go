// run

// Sin, Cos and Tan of huge arguments reduce modulo Pi/4 exactly (with the
// bits of 4/Pi, Payne-Hanek), giving Go's results; infinities give NaN.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{1 << 29, 1e10, 1e22, 1e100, 1e300, math.MaxFloat64} {
		fmt.Println(x, math.Sin(x), math.Cos(x), math.Tan(x))
	}
	fmt.Println(math.Sin(math.Inf(1)), math.Cos(math.Inf(-1)), math.Tan(math.NaN()))
}

// Output:
// 5.36870912e+08 0.3265676630185634 -0.9451738260608966 -0.3455106923343039
// 1e+10 -0.48750602508751073 0.873119622676856 -0.5583496378112419
// 1e+22 -0.8522008497671889 0.5232147853951389 -1.6287782256068992
// 1e+100 -0.3806377310050287 0.9247242387519338 -0.4116229628832498
// 1e+300 -0.8178819121159087 -0.5753861119575491 1.4214488238747243
// 1.7976931348623157e+308 0.004961954789184084 -0.9999876894265599 -0.004962015874444917
// NaN NaN NaN
