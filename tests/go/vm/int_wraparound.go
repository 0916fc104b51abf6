// run

// Integer arithmetic wraps around at each type's width, as in Go.
package main

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int16 = -32768
	c = -c
	var d uint32 = 1 << 31
	d *= 2
	var e int64 = -9223372036854775808
	e = e / -1
	var f uint = 0
	f--
	println(a, b, c, d, e, f)
}

// Output:
// -128 255 -32768 0 -9223372036854775808 18446744073709551615
