// run

// Conversions between numeric types truncate, wrap and round as Go's do.
package main

func main() {
	f := 3.99
	n := -3.99
	println(int(f), int(n), uint8(int(f)*100))
	var big int64 = 1<<40 + 5
	println(int32(big), uint16(big), int8(200+big-big))
	i := 7
	println(float64(i)/2, float32(i)/3)
}

// Output:
// 3 -3 44
// 5 5 -56
// +3.500000e+000 +2.333333e+000
