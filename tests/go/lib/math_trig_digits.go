// run

// Trigonometric functions print Go's exact last digits: Go computes them
// with its own Cephes polynomials (not the C library), so for example
// Tan(Pi/4) is exactly 1 and Sin(Pi) is 1.2246467991473515e-16.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Tan(math.Pi/4), math.Tan(math.Pi/3), math.Tan(1), math.Tan(-2.5))
	fmt.Println(math.Sin(math.Pi), math.Sin(math.Pi/6), math.Sin(1), math.Sin(100))
	fmt.Println(math.Cos(math.Pi/2), math.Cos(math.Pi/3), math.Cos(1), math.Cos(-7))
	s, c := math.Sincos(2)
	fmt.Println(s, c, s == math.Sin(2), c == math.Cos(2))
	fmt.Println(math.Asin(0.5), math.Asin(0.75), math.Acos(0.5), math.Acos(-0.3))
	fmt.Println(math.Atan(0.5), math.Atan(2), math.Atan(-10), math.Atan2(1, -1), math.Atan2(-3, 4))
	for _, x := range []float64{0.1, 0.7, 1.3, 2.9, 5.5} {
		fmt.Println(x, math.Sin(x), math.Cos(x), math.Tan(x))
	}
}

// Output:
// 1 1.7320508075688774 1.557407724654902 0.7470222972386603
// 1.2246467991473515e-16 0.5 0.8414709848078965 -0.5063656411097588
// 6.123233995736757e-17 0.49999999999999994 0.5403023058681398 0.7539022543433046
// 0.9092974268256816 -0.4161468365471424 true true
// 0.5235987755982989 0.848062078981481 1.0471975511965976 1.8754889808102941
// 0.4636476090008061 1.1071487177940904 -1.4711276743037345 2.356194490192345 -0.6435011087932844
// 0.1 0.09983341664682815 0.9950041652780257 0.10033467208545055
// 0.7 0.644217687237691 0.7648421872844884 0.8422883804630794
// 1.3 0.963558185417193 0.26749882862458735 3.6021024479679786
// 2.9 0.2392493292139824 -0.9709581651495905 -0.24640539397196634
// 5.5 -0.7055403255703919 0.70866977429126 -0.995584052213885
