// run

// math/rand/v2: seeded IntN, Int64N, UintN and Uint64N give Go's values
// for small bounds, powers of two (masked draws) and bounds past 2^32 and
// 2^63 (Lemire's multiply-and-reject on 64-bit products).
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 2, 3, 10, 100, 64, 1 << 20, 1000003, 1<<32 + 1, 1 << 40, 5 << 50, 1<<63 - 1} {
		fmt.Println("IntN", n, r.IntN(n), r.IntN(n), r.IntN(n))
	}
	for _, n := range []int64{7, 1 << 33, 123456789012345} {
		fmt.Println("Int64N", n, r.Int64N(n), r.Int64N(n))
	}
	for _, n := range []uint{6, 1 << 63, 1<<63 + 1, 1<<64 - 1} {
		fmt.Println("UintN", n, r.UintN(n), r.UintN(n))
	}
	for _, n := range []uint64{9, 1 << 32, 0xaaaaaaaaaaaaaaaa} {
		fmt.Println("Uint64N", n, r.Uint64N(n), r.Uint64N(n))
	}
	// A bound just over half the range rejects often; the sequence still
	// matches.
	s := rand.New(rand.NewPCG(7, 7))
	var vs []uint64
	for i := 0; i < 6; i++ {
		vs = append(vs, s.Uint64N(1<<63+1))
	}
	fmt.Println(vs)
}

// Output:
// IntN 1 0 0 0
// IntN 2 0 0 0
// IntN 3 1 1 0
// IntN 10 1 6 4
// IntN 100 94 12 39
// IntN 64 59 39 34
// IntN 1048576 312633 291694 242841
// IntN 1000003 640487 207303 21622
// IntN 4294967297 1433953210 3035431232 3170608901
// IntN 1099511627776 325282729185 654168244316 503940787178
// IntN 5629499534213120 3331635735439482 3790132902073690 2826462537598999
// IntN 9223372036854775807 68583298677783120 5674696552053153894 8736450413804056219
// Int64N 7 4 0
// Int64N 8589934592 596104888 5768301844
// Int64N 123456789012345 104096804035510 47715136847499
// UintN 6 4 0
// UintN 9223372036854775808 2430830807503019455 7832170631747924588
// UintN 9223372036854775809 8225117266646822864 7641279171698258875
// UintN 18446744073709551615 16465292423919440464 12010579772009098936
// Uint64N 9 2 1
// Uint64N 4294967296 2649427549 1685459429
// Uint64N 12297829382473034410 5769785526796445588 6742558049197422739
// [8854893860272114399 1377863758651289583 2175056883286375848 4057593763650742743 1795951634435570105 4442247684112860220]
