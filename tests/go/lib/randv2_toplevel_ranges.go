// run

// math/rand/v2: the top-level functions (an unseeded source) stay in
// their ranges: 1000 IntN(10) calls see all ten values; the bounded,
// float and non-negative kinds stay in range; Perm is a permutation and
// Shuffle keeps the elements.
package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
)

func main() {
	seen := map[int]int{}
	ok := true
	for i := 0; i < 1000; i++ {
		n := rand.IntN(10)
		if n < 0 || n >= 10 {
			ok = false
		}
		seen[n]++
	}
	fmt.Println("IntN(10) in range:", ok, "values seen:", len(seen))

	ok = true
	for i := 0; i < 1000; i++ {
		if v := rand.Int32N(7); v < 0 || v >= 7 {
			ok = false
		}
		if v := rand.Int64N(1 << 40); v < 0 || v >= 1<<40 {
			ok = false
		}
		if v := rand.Uint32N(3); v >= 3 {
			ok = false
		}
		if v := rand.UintN(1 << 63); v >= 1<<63 {
			ok = false
		}
		if v := rand.Uint64N(1<<64 - 1); v == 1<<64-1 {
			ok = false
		}
		if rand.Int() < 0 || rand.Int32() < 0 || rand.Int64() < 0 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if f := rand.Float32(); f < 0 || f >= 1 {
			ok = false
		}
		if rand.ExpFloat64() <= 0 {
			ok = false
		}
	}
	fmt.Println("other kinds in range:", ok)

	// 1000 draws of 64 bits: some must differ, and Uint32 uses all 32.
	distinct := map[uint64]bool{}
	high := false
	for i := 0; i < 1000; i++ {
		distinct[rand.Uint64()] = true
		if rand.Uint32() >= 1<<31 {
			high = true
		}
	}
	fmt.Println("distinct Uint64s:", len(distinct) > 990, "Uint32 top bit seen:", high)

	// The mean of many normals is near 0.
	sum := 0.0
	for i := 0; i < 10000; i++ {
		sum += rand.NormFloat64()
	}
	fmt.Println("normal mean near 0:", sum/10000 > -0.1 && sum/10000 < 0.1)

	p := rand.Perm(12)
	sort.Ints(p)
	fmt.Println(p)
	s := []string{"a", "b", "c", "d", "e"}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	sort.Strings(s)
	fmt.Println(s)
}

// Output:
// IntN(10) in range: true values seen: 10
// other kinds in range: true
// distinct Uint64s: true Uint32 top bit seen: true
// normal mean near 0: true
// [0 1 2 3 4 5 6 7 8 9 10 11]
// [a b c d e]
