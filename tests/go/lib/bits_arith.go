// run

// math/bits: Add/Sub with carries, Mul full products, Div and Rem of
// double-width values.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	s, c := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(s, c)
	s, c = bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(s, c)
	s32, c32 := bits.Add32(0xffffffff, 0, 1)
	fmt.Println(s32, c32)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println(d, b)
	d32, b32 := bits.Sub32(5, 3, 1)
	fmt.Println(d32, b32)
	hi, lo := bits.Mul64(0xdeadbeefcafebabe, 0x123456789abcdef0)
	fmt.Printf("%#x %#x\n", hi, lo)
	h32, l32 := bits.Mul32(0xffffffff, 0xffffffff)
	fmt.Printf("%#x %#x\n", h32, l32)
	q, r := bits.Div64(hi, lo, 0x123456789abcdef0)
	fmt.Printf("%#x %d\n", q, r)
	q, r = bits.Div64(1, 5, 7)
	fmt.Println(q, r)
	q32, r32 := bits.Div32(2, 7, 3)
	fmt.Println(q32, r32)
	fmt.Println(bits.Rem64(100, 7, 9), bits.Rem32(9, 7, 4))
	hu, lu := bits.Mul(3, 4)
	su, cu := bits.Add(1, 2, 1)
	du, bu := bits.Sub(1, 2, 0)
	qu, ru := bits.Div(0, 17, 5)
	fmt.Println(hu, lu, su, cu, du, bu, qu, ru, bits.Rem(1, 0, 10))
	defer func() { fmt.Println("recovered:", recover()) }()
	bits.Div64(5, 0, 5)
}

// Output:
// 0 1
// 1 1
// 0 1
// 18446744073709551615 1
// 1 0
// 0xfd5bdeeeb2a01d7 0xeb689f4ea447d620
// 0xfffffffe 0x1
// 0xdeadbeefcafebabe 0
// 2635249153387078803 0
// 2863311533 0
// 5 3
// 0 12 4 0 18446744073709551615 1 3 2 6
// recovered: runtime error: integer overflow
