// run

// Untyped constants are exact: intermediate values may exceed every integer
// type, and an untyped constant fits wherever its value is representable.
package main

import (
	"fmt"
	"math"
)

const (
	huge  = 1 << 100
	small = huge >> 98 // 4
	third = 1.0 / 3
	ratio = 10 / 4   // integer division: 2
	fl    = 10 / 4.0 // 2.5
	r     = 'a' + 1  // untyped rune
	str   = "go" + "pher"
	yes   = 1 < 2
)

func main() {
	var b byte = small * 60
	var f32 float32 = third
	var i8 int8 = -128
	var u uint64 = math.MaxUint64
	var cplx complex128 = 2i * 2i
	x := 1 << 62
	var fl2 float64 = huge // representable as float64
	fmt.Println(b, f32, i8, u, cplx, x, fl2 > 0)
	fmt.Println(ratio, fl, string(rune(r)), str, yes, math.Pi*2 > 6)
	const typed int32 = 7
	var y = typed * 2 // int32
	var z float64 = 3 // integer constant as float64
	fmt.Printf("%T %v %T\n", y, z/2, 'x')
}
