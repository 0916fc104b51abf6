// run

// math/rand/v2: a ChaCha8 yields Go's ChaCha8Rand sequence for its seed,
// across re-keyings (every 124 values); Seed restarts it; the zero
// ChaCha8 matches Go's; MarshalBinary and UnmarshalBinary save and
// restore the state and reject a bad encoding; a Rand can draw from it.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	var seed [32]byte
	copy(seed[:], "chacha8 seed for gopark testing!")
	c := rand.NewChaCha8(seed)
	fmt.Println(c.Uint64(), c.Uint64())
	for i := 0; i < 121; i++ {
		c.Uint64()
	}
	fmt.Println("123rd, 124th, 125th:", c.Uint64(), c.Uint64(), c.Uint64())
	for i := 0; i < 1000; i++ {
		c.Uint64()
	}
	fmt.Println("after 1127:", c.Uint64())

	b, err := c.MarshalBinary()
	fmt.Printf("%d %q %x %v\n", len(b), b[:8], b[8:16], err)
	var d rand.ChaCha8
	fmt.Println(d.UnmarshalBinary(b))
	fmt.Println(d.Uint64() == c.Uint64(), d.Uint64() == c.Uint64())
	fmt.Println(d.UnmarshalBinary(b[:47]))
	b[15] = 125
	fmt.Println(d.UnmarshalBinary(b))

	c.Seed(seed)
	fmt.Println("after Seed:", c.Uint64())

	var z rand.ChaCha8
	zb, _ := z.MarshalBinary()
	fmt.Printf("zero: %x %d\n", zb[8:16], z.Uint64())
	zb, _ = z.MarshalBinary()
	fmt.Printf("zero after one: %x\n", zb[8:16])

	r := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(r.IntN(1000), r.Float64(), r.Perm(6))
}

// Output:
// 5884126071359925008 3303761003744551699
// 123rd, 124th, 125th: 17758468114724017262 18431206491178637681 8157934034555122842
// after 1127: 16170591609219581363
// 48 "chacha8:" 000000000000000b <nil>
// <nil>
// true true
// invalid ChaCha8 encoding
// invalid ChaCha8 encoding
// after Seed: 5884126071359925008
// zero: 0000000000000000 11456203247299035011
// zero after one: 0000000000000021
// 992 0.23484335091218989 [3 2 0 5 4 1]
