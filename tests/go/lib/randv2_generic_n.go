// run

// math/rand/v2: the generic N works for any integer type, named ones
// included (time.Duration), returning that type within [0, n).
package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

type small uint8

func main() {
	d := rand.N(10 * time.Second)
	fmt.Printf("%T %v\n", d, d >= 0 && d < 10*time.Second)
	ok := true
	seen := map[int64]bool{}
	for i := 0; i < 1000; i++ {
		v := rand.N(int64(5))
		if v < 0 || v >= 5 {
			ok = false
		}
		seen[v] = true
		if b := rand.N(small(200)); b >= 200 {
			ok = false
		}
		if x := rand.N(int8(3)); x < 0 || x >= 3 {
			ok = false
		}
		if u := rand.N(uint64(1<<63 + 3)); u >= 1<<63+3 {
			ok = false
		}
		if m := rand.N(time.Millisecond); m < 0 || m >= time.Millisecond {
			ok = false
		}
	}
	fmt.Println("in range:", ok, "int64 values seen:", len(seen))
	var s small = rand.N(small(1))
	fmt.Printf("%T %v\n", s, s)
}

// Output:
// time.Duration true
// in range: true int64 values seen: 5
// main.small 0
