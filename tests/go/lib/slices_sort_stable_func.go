// run

// slices.SortStableFunc keeps elements that compare equal in their
// original order.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type item struct {
	key string
	n   int
}

func main() {
	items := []item{{"b", 1}, {"a", 2}, {"b", 3}, {"c", 4}, {"a", 5}, {"b", 6}, {"a", 7}}
	slices.SortStableFunc(items, func(x, y item) int { return cmp.Compare(x.key, y.key) })
	fmt.Println(items)
	big := make([]item, 2000)
	for i := range big {
		big[i] = item{string(rune('a' + i*7%5)), i}
	}
	slices.SortStableFunc(big, func(x, y item) int { return cmp.Compare(x.key, y.key) })
	ok := slices.IsSortedFunc(big, func(x, y item) int {
		if c := cmp.Compare(x.key, y.key); c != 0 {
			return c
		}
		return cmp.Compare(x.n, y.n)
	})
	fmt.Println(ok, big[0], big[1999])
}

// Output:
// [{a 2} {a 5} {a 7} {b 1} {b 3} {b 6} {c 4}]
// true {a 0} {e 1997}
