// run

// sort.Ints, Strings and Float64s sort in increasing order (NaNs first for
// floats) and the AreSorted checks agree.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	a := []int{5, -2, 6, 3, 1, 4, 3}
	fmt.Println(sort.IntsAreSorted(a))
	sort.Ints(a)
	fmt.Println(a, sort.IntsAreSorted(a))
	s := []string{"pear", "Apple", "fig", "apple", ""}
	sort.Strings(s)
	fmt.Printf("%q %v\n", s, sort.StringsAreSorted(s))
	f := []float64{2.5, math.NaN(), -1, math.Inf(-1), 0, math.Inf(1), math.NaN()}
	sort.Float64s(f)
	fmt.Println(f, sort.Float64sAreSorted(f))
}

// Output:
// false
// [-2 1 3 3 4 5 6] true
// ["" "Apple" "apple" "fig" "pear"] true
// [NaN NaN -Inf -1 0 2.5 +Inf] true
