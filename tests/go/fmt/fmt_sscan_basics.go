// run

// Sscan reads space-separated operands of several types, with newlines
// counting as space and Go literal prefixes for integers.
package main

import "fmt"

func main() {
	var a, b int
	var f float64
	var s string
	var u uint8
	var bl bool
	var bs []byte
	var i64 int64
	var f32 float32
	n, err := fmt.Sscan("12 abc", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscan("1.5e3\n\n  -2 true 200", &f, &a, &bl, &u)
	fmt.Println(n, err, f, a, bl, u)
	n, err = fmt.Sscan("0x1f 0b101 0o17 017 +5 1_000", &a, &b, &i64, &u, &a, &f32)
	fmt.Println(n, err, a, b, i64, u, f32)
	n, err = fmt.Sscan("bytes! F 1 0", &bs, &bl, &bl, &bl)
	fmt.Println(n, err, string(bs), bl)
	n, err = fmt.Sscan("inf -Inf nan", &f, &f32, &f)
	fmt.Println(n, err, f32, f)
	n, err = fmt.Sscan("1 2", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan(`"quoted" 0x1p-2`, &s, &f)
	fmt.Println(n, err, s, f)
}

// Output:
// 2 <nil> 12 abc
// 4 <nil> 1500 -2 true 200
// 6 <nil> 5 5 15 15 1000
// 4 <nil> bytes! false
// 3 <nil> -Inf NaN
// 1 <nil> 1
// 2 <nil> "quoted" 0.25
