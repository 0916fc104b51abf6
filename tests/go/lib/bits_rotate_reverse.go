// run

// math/bits: RotateLeft* (negative k rotates right), Reverse* and
// ReverseBytes*.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Printf("%08b %08b %08b\n", bits.RotateLeft8(0b00010111, 3), bits.RotateLeft8(0b00010111, -3), bits.Reverse8(0b00010111))
	fmt.Printf("%#04x %#04x %#04x\n", bits.RotateLeft16(0x1234, 4), bits.Reverse16(0x1234), bits.ReverseBytes16(0x1234))
	fmt.Printf("%#08x %#08x %#08x\n", bits.RotateLeft32(0x12345678, -8), bits.Reverse32(0x12345678), bits.ReverseBytes32(0x12345678))
	fmt.Printf("%#x %#x %#x\n", bits.RotateLeft64(0x0123456789abcdef, 12), bits.Reverse64(0x0123456789abcdef), bits.ReverseBytes64(0x0123456789abcdef))
	fmt.Printf("%#x %#x %#x\n", bits.RotateLeft(1, -1), bits.Reverse(1), bits.ReverseBytes(0xff))
}

// Output:
// 10111000 11100010 11101000
// 0x2341 0x2c48 0x3412
// 0x78123456 0x1e6a2c48 0x78563412
// 0x3456789abcdef012 0xf7b3d591e6a2c480 0xefcdab8967452301
// 0x8000000000000000 0x8000000000000000 0xff00000000000000
