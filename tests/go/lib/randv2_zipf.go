// run

// math/rand/v2: a Zipf over a seeded Rand gives Go's values, all within
// [0, imax]; NewZipf returns nil for s <= 1 or v < 1, and Uint64 on a nil
// Zipf panics with Go's message.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	z := rand.NewZipf(rand.New(rand.NewPCG(1, 2)), 1.5, 2, 100)
	var vs []uint64
	for i := 0; i < 20; i++ {
		vs = append(vs, z.Uint64())
	}
	fmt.Println(vs)
	z = rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 2, 1, 1000)
	counts := map[uint64]int{}
	ok := true
	for i := 0; i < 10000; i++ {
		k := z.Uint64()
		if k > 1000 {
			ok = false
		}
		counts[k]++
	}
	fmt.Println("in range:", ok, "0s:", counts[0], "1s:", counts[1], "2s:", counts[2])
	z = rand.NewZipf(rand.New(rand.NewPCG(5, 6)), 1.1, 10, 1<<20)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())
	fmt.Println(rand.NewZipf(nil, 1, 1, 10) == nil, rand.NewZipf(nil, 2, 0.5, 10) == nil)
	var none *rand.Zipf
	defer func() { fmt.Println("recovered:", recover()) }()
	none.Uint64()
}

// Output:
// [1 3 3 4 0 5 0 7 0 9 2 0 20 1 1 0 1 2 0 3]
// in range: true 0s: 6045 1s: 1547 2s: 686
// 21 359 10
// true true
// recovered: rand: nil Zipf
