// run

// slices.Min, Max (a NaN wins), MinFunc and MaxFunc (the first of equal
// extremes).
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type p struct {
	name string
	age  int
}

func main() {
	fmt.Println(slices.Min([]int{3, -1, 7}), slices.Max([]int{3, -1, 7}), slices.Max([]string{"b", "abc"}))
	fmt.Println(slices.Max([]float64{1, math.NaN(), 3}), slices.Min([]float64{1, math.Inf(-1)}))
	ps := []p{{"a", 30}, {"b", 20}, {"c", 30}, {"d", 20}}
	byAge := func(x, y p) int { return cmp.Compare(x.age, y.age) }
	fmt.Println(slices.MinFunc(ps, byAge), slices.MaxFunc(ps, byAge))
}

// Output:
// -1 7 b
// NaN -Inf
// {b 20} {a 30}
