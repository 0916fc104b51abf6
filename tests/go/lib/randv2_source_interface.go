// run

// math/rand/v2: a Rand works over any Source; each method maps the
// source's uint64 to its range (high bits for the narrow kinds, the top
// bit cleared for the signed ones, 53 or 24 bits for the floats).
package main

import (
	"fmt"
	"math/rand/v2"
)

// fixed repeats one value.
type fixed uint64

func (f fixed) Uint64() uint64 { return uint64(f) }

// counter counts up from 0.
type counter struct{ n uint64 }

func (c *counter) Uint64() uint64 { c.n++; return c.n - 1 }

func main() {
	r := rand.New(fixed(0xfedcba9876543210))
	fmt.Println(r.Uint64(), r.Int64(), r.Int(), r.Int32(), r.Uint32())
	fmt.Println(r.Float64(), r.Float32(), r.IntN(16), r.IntN(1000))
	top := rand.New(fixed(1<<64 - 1))
	fmt.Println(top.Float64() < 1, top.Float32() < 1, top.Int64(), top.Int32())

	c := rand.New(&counter{})
	fmt.Println(c.Uint64(), c.Uint64(), c.IntN(8), c.Perm(4))
	var src rand.Source = rand.NewPCG(1, 2)
	fmt.Println(src.Uint64())
}

// Output:
// 18364758544493064720 9141386507638288912 9141386507638288912 2137939276 4275878552
// 0.8977777777777778 0.8622222 0 995
// true true 9223372036854775807 2147483647
// 0 1 2 [2 1 0 3]
// 14192431797130687760
