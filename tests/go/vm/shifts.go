// run

// Shifts by the width or more give 0 (or -1 for negative signed values).
package main

func main() {
	var n uint = 70
	var x int64 = -8
	var y uint32 = 0xF0000000
	println(1<<n == 0, x>>1, x>>n, y<<4, y>>28)
	var b int8 = 1
	b <<= 7
	println(b)
}

// Output:
// true -4 -1 0 15
// -128
