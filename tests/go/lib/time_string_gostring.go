// run

// Time.String and GoString (%v and %#v) for UTC, the local zone (which is
// what Unix returns) and fixed zones, and the zero Time.
package main

import (
	"fmt"
	"time"
)

func main() {
	times := []time.Time{
		{},
		time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
		time.Date(2009, time.November, 10, 23, 0, 0, 1500, time.FixedZone("PST", -8*3600)),
		time.Date(2009, time.November, 10, 23, 0, 0, 0, time.FixedZone("", 5*3600+45*60)),
		time.Unix(1700000000, 25).UTC(),
	}
	for _, t := range times {
		fmt.Println(t)
		fmt.Printf("%v | %#v\n", t.Location(), t)
	}
	fmt.Println(time.Time{}.IsZero(), times[1].IsZero())
	fmt.Println(time.Month(13), time.Weekday(7), time.Month(-1))
	fmt.Println(time.February, time.Saturday)
}

// Output:
// 0001-01-01 00:00:00 +0000 UTC
// UTC | time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC)
// 2009-11-10 23:00:00 +0000 UTC
// UTC | time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
// 2009-11-10 23:00:00.0000015 -0800 PST
// PST | time.Date(2009, time.November, 10, 23, 0, 0, 1500, time.Location("PST"))
// 2009-11-10 23:00:00 +0545 +0545
//  | time.Date(2009, time.November, 10, 23, 0, 0, 0, time.Location(""))
// 2023-11-14 22:13:20.000000025 +0000 UTC
// UTC | time.Date(2023, time.November, 14, 22, 13, 20, 25, time.UTC)
// true false
// %!Month(13) %!Weekday(7) %!Month(18446744073709551615)
// February Saturday
