// run

// math/rand/v2: seeded Float64 and Float32 give Go's values, in [0, 1).
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 4; i++ {
		fmt.Println(r.Float64(), r.Float32())
	}
	ok := true
	for i := 0; i < 10000; i++ {
		if f := r.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if f := r.Float32(); f < 0 || f >= 1 {
			ok = false
		}
	}
	fmt.Println("in [0,1):", ok)
}

// Output:
// 0.6764556596678251 0.8076733
// 0.5085473976760264 0.92872405
// 0.797802349388613 0.5485458
// 0.8192750264193612 0.042272687
// in [0,1): true
