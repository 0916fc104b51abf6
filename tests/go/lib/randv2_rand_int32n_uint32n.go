// run

// math/rand/v2: seeded Int32N and Uint32N give Go's values, for small
// bounds, powers of two and bounds near the top of their types.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int32{1, 5, 10, 32, 1000, 1 << 30, 1<<31 - 1} {
		fmt.Println("Int32N", n, r.Int32N(n), r.Int32N(n), r.Int32N(n))
	}
	for _, n := range []uint32{1, 6, 256, 100000, 1<<31 + 1, 1<<32 - 1} {
		fmt.Println("Uint32N", n, r.Uint32N(n), r.Uint32N(n), r.Uint32N(n))
	}
}

// Output:
// Int32N 1 0 0 0
// Int32N 5 3 4 3
// Int32N 10 5 0 5
// Int32N 32 6 24 14
// Int32N 1000 386 515 554
// Int32N 1073741824 624651575 980861411 848584613
// Int32N 2147483647 908150927 2059171124 316890303
// Uint32N 1 0 0 0
// Uint32N 6 1 3 0
// Uint32N 256 250 157 239
// Uint32N 100000 579 28081 26798
// Uint32N 2147483649 409020302 1721257320 1385862156
// Uint32N 4294967295 4268906925 1690187017 3891507010
