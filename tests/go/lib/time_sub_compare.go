// run

// Sub, Add, Before, After, Equal and Compare look at the instant, not the
// zone; == also compares the location; Sub clamps to the Duration range.
package main

import (
	"fmt"
	"time"
)

func main() {
	est := time.FixedZone("EST", -5*3600)
	a := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2024, 2, 28, 12, 0, 0, 0, est)
	fmt.Println(a.Sub(b), b.Sub(a))
	fmt.Println(a.After(b), a.Before(b), a.Equal(b), a.Compare(b), b.Compare(a))
	c := a.In(est)
	fmt.Println(c, a.Equal(c), a == c, a.Compare(c), a == c.UTC())
	fmt.Println(a.Add(-90*time.Minute), a.Add(1500*time.Millisecond), a.Add(-1))
	early := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	late := time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(early.Sub(late), late.Sub(early))
	fmt.Println(b.Zone())
	fmt.Println(b.UTC().Zone())
}

// Output:
// 31h0m0s -31h0m0s
// true false false 1 -1
// 2024-02-29 19:00:00 -0500 EST true false 0 true
// 2024-02-29 22:30:00 +0000 UTC 2024-03-01 00:00:01.5 +0000 UTC 2024-02-29 23:59:59.999999999 +0000 UTC
// -2562047h47m16.854775808s 2562047h47m16.854775807s
// EST -18000
// UTC 0
