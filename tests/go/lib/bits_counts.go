// run

// math/bits: LeadingZeros*, TrailingZeros*, OnesCount* and Len* for
// every width, zero included.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, v := range []uint64{0, 1, 6, 0x80, 0xff00, 0xdeadbeef, 1 << 63, ^uint64(0)} {
		fmt.Println(v, bits.LeadingZeros64(v), bits.TrailingZeros64(v), bits.OnesCount64(v), bits.Len64(v),
			bits.LeadingZeros32(uint32(v)), bits.TrailingZeros32(uint32(v)), bits.OnesCount32(uint32(v)), bits.Len32(uint32(v)),
			bits.LeadingZeros16(uint16(v)), bits.TrailingZeros16(uint16(v)), bits.OnesCount16(uint16(v)), bits.Len16(uint16(v)),
			bits.LeadingZeros8(uint8(v)), bits.TrailingZeros8(uint8(v)), bits.OnesCount8(uint8(v)), bits.Len8(uint8(v)),
			bits.LeadingZeros(uint(v)), bits.TrailingZeros(uint(v)), bits.OnesCount(uint(v)), bits.Len(uint(v)))
	}
	fmt.Println(bits.UintSize)
}

// Output:
// 0 64 64 0 0 32 32 0 0 16 16 0 0 8 8 0 0 64 64 0 0
// 1 63 0 1 1 31 0 1 1 15 0 1 1 7 0 1 1 63 0 1 1
// 6 61 1 2 3 29 1 2 3 13 1 2 3 5 1 2 3 61 1 2 3
// 128 56 7 1 8 24 7 1 8 8 7 1 8 0 7 1 8 56 7 1 8
// 65280 48 8 8 16 16 8 8 16 0 8 8 16 8 8 0 0 48 8 8 16
// 3735928559 32 0 24 32 0 0 24 32 0 0 13 16 0 0 7 8 32 0 24 32
// 9223372036854775808 0 63 1 64 32 32 0 0 16 16 0 0 8 8 0 0 0 63 1 64
// 18446744073709551615 0 0 64 64 0 0 32 32 0 0 16 16 0 0 8 8 0 0 64 64
// 64
