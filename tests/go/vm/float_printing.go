// run

// println prints floats in Go's runtime format; float32 arithmetic rounds.
package main

func main() {
	var f float64 = 1.5
	var g float32 = 0.1
	h := g * 3
	println(f, f*f, -f/3, h)
	var z float64
	println(1/z > 0, z)
}

// Output:
// +1.500000e+000 +2.250000e+000 -5.000000e-001 +3.000000e-001
// true +0.000000e+000
