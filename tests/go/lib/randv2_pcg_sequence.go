// run

// math/rand/v2: a PCG yields Go's PCG-DXSM sequence for its seeds; the
// zero PCG is NewPCG(0, 0); Seed restarts the sequence; MarshalBinary and
// UnmarshalBinary save and restore the state and reject a bad encoding.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	p := rand.NewPCG(1, 2)
	for i := 0; i < 4; i++ {
		fmt.Println(p.Uint64())
	}
	q := rand.NewPCG(0xdeadbeef, 1<<63+7)
	fmt.Println(q.Uint64(), q.Uint64())

	var z rand.PCG
	zero := rand.NewPCG(0, 0)
	fmt.Println(z.Uint64() == zero.Uint64(), z.Uint64() == zero.Uint64())

	p.Seed(1, 2)
	fmt.Println("after Seed:", p.Uint64())

	b, err := p.MarshalBinary()
	fmt.Printf("%d %q %v\n", len(b), b[:4], err)
	want := []uint64{p.Uint64(), p.Uint64(), p.Uint64()}
	var r rand.PCG
	fmt.Println(r.UnmarshalBinary(b))
	fmt.Println(r.Uint64() == want[0], r.Uint64() == want[1], r.Uint64() == want[2])

	fmt.Println(r.UnmarshalBinary(b[:19]))
	bad := append([]byte("PCG:"), b[4:]...)
	fmt.Println(r.UnmarshalBinary(bad))
}

// Output:
// 14192431797130687760
// 11371241257079532652
// 14470142590855381128
// 14694613213362438554
// 2774170408658502529 16489111013976941825
// true true
// after Seed: 14192431797130687760
// 20 "pcg:" <nil>
// <nil>
// true true true
// invalid PCG encoding
// invalid PCG encoding
