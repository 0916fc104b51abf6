// run

// math/rand/v2: a Rand over NewPCG(1, 2) gives Go's values for Uint64,
// Int, Int64, Int32 and Uint32, each taking one draw from the source.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 3; i++ {
		fmt.Println(r.Uint64(), r.Int(), r.Int64(), r.Int32(), r.Uint32())
	}
	r = rand.New(rand.NewPCG(99, 100))
	fmt.Println(r.Int(), r.Int32(), r.Uint32(), r.Int64(), r.Uint64())
}

// Output:
// 14192431797130687760 2147869220224756844 5246770554000605320 1710678126 1006208920
// 760102831717374652 9221744211007427193 8289669384274456462 285184408 789119393
// 12210202232702069999 8204908297817606218 8134976985547166651 260808523 1702253018
// 3868875544804936490 486542178 646100399 3671450206185825528 17611559693654131748
