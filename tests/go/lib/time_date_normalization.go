// run

// Date normalizes out-of-range fields by carrying (month 14, day 0, hour
// 25, negative minutes, a billion nanoseconds), and Date, Clock and the
// single-field accessors read the result back.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, t := range []time.Time{
		time.Date(2023, 14, 35, 25, 61, 61, 1e9+5, time.UTC),
		time.Date(2023, -1, 0, -1, -1, -1, -1, time.UTC),
		time.Date(2023, 3, 0, 0, 0, 0, 0, time.UTC),
		time.Date(2023, 1, 366, 0, 0, 0, 0, time.UTC),
		time.Date(2000, 1, 1, 0, -1, 0, 0, time.FixedZone("Y", -3600)),
		time.Date(1, 1, 1, 0, 0, 0, -1, time.UTC),
		time.Date(-44, 3, 15, 12, 0, 0, 0, time.UTC),
	} {
		y, m, d := t.Date()
		h, mi, s := t.Clock()
		fmt.Println(t, "|", y, m, d, h, mi, s, t.Nanosecond())
		fmt.Println("  ", t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.YearDay())
	}
}

// Output:
// 2024-03-07 02:02:02.000000005 +0000 UTC | 2024 March 7 2 2 2 5
//    2024 March 7 2 2 2 67
// 2022-10-30 22:58:58.999999999 +0000 UTC | 2022 October 30 22 58 58 999999999
//    2022 October 30 22 58 58 303
// 2023-02-28 00:00:00 +0000 UTC | 2023 February 28 0 0 0 0
//    2023 February 28 0 0 0 59
// 2024-01-01 00:00:00 +0000 UTC | 2024 January 1 0 0 0 0
//    2024 January 1 0 0 0 1
// 1999-12-31 23:59:00 -0100 Y | 1999 December 31 23 59 0 0
//    1999 December 31 23 59 0 365
// 0000-12-31 23:59:59.999999999 +0000 UTC | 0 December 31 23 59 59 999999999
//    0 December 31 23 59 59 366
// -0044-03-15 12:00:00 +0000 UTC | -44 March 15 12 0 0 0
//    -44 March 15 12 0 0 75
