// run

// cmp.Compare and cmp.Less (NaNs order first and equal each other), and
// cmp.Or (the first non-zero value).
package main

import (
	"cmp"
	"fmt"
	"math"
)

type celsius float64

func main() {
	nan := math.NaN()
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 2), cmp.Compare("b", "a"))
	fmt.Println(cmp.Compare(nan, nan), cmp.Compare(nan, -1.0), cmp.Compare(1.0, nan), cmp.Compare(math.Copysign(0, -1), 0))
	fmt.Println(cmp.Less(nan, math.Inf(-1)), cmp.Less(1.0, nan), cmp.Less(celsius(1), celsius(2)))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "fallback"), cmp.Or[int]())
}

// Output:
// -1 0 1
// 0 -1 1 0
// true false true
// 3 fallback 0
