// run

// %v and Println show floats in the shortest form that reads back the
// same value, switching to an exponent for large and small magnitudes;
// float32 values are shortest as float32.
package main

import "fmt"

func main() {
	zero := 0.0
	inf, nan, negZero := 1/zero, zero/zero, -zero
	fmt.Println(1e6, 1e20, 1e21, 123456.0, 1234567.0)
	fmt.Println(0.1, 0.0001, 0.00001, 1.0, -2.5, 100.0)
	fmt.Println(float32(0.1), float32(1)/3, 1.0/3)
	fmt.Println(inf, -inf, nan, negZero)
	fmt.Printf("%v %6.2v %+v\n", 3.0, 3.14159, 2.5)
	fmt.Printf("[%6.2f] [%-6v] [%06v]\n", inf, nan, -1.5)
}

// Output:
// 1e+06 1e+20 1e+21 123456 1.234567e+06
// 0.1 0.0001 1e-05 1 -2.5 100
// 0.1 0.33333334 0.3333333333333333
// +Inf -Inf NaN -0
// 3    3.1 2.5
// [  +Inf] [NaN   ] [-001.5]
