// run

// Leap years (every 4th year, not centuries, but every 400th): February's
// length, YearDay, and AddDate from February 29 normalizing into March.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, y := range []int{1900, 2000, 2023, 2024, 2100, 2400, 0, -4} {
		feb29 := time.Date(y, time.February, 29, 0, 0, 0, 0, time.UTC)
		dec31 := time.Date(y, time.December, 31, 0, 0, 0, 0, time.UTC)
		fmt.Println(y, feb29.Format(time.DateOnly), dec31.YearDay())
	}
	leap := time.Date(2024, time.February, 29, 12, 0, 0, 0, time.UTC)
	fmt.Println(leap.AddDate(1, 0, 0))
	fmt.Println(leap.AddDate(4, 0, 0))
	fmt.Println(leap.AddDate(0, 12, 0))
	fmt.Println(leap.AddDate(0, 0, 366))
	fmt.Println(leap.AddDate(-1, 0, 1))
	jan31 := time.Date(2023, time.January, 31, 8, 0, 0, 0, time.FixedZone("X", 7200))
	fmt.Println(jan31.AddDate(0, 1, 0))
	fmt.Println(jan31.AddDate(1, 1, 0))
	fmt.Println(jan31.AddDate(0, -2, 0))
	fmt.Println(leap.Sub(time.Date(2023, time.February, 28, 12, 0, 0, 0, time.UTC)))
}

// Output:
// 1900 1900-03-01 365
// 2000 2000-02-29 366
// 2023 2023-03-01 365
// 2024 2024-02-29 366
// 2100 2100-03-01 365
// 2400 2400-02-29 366
// 0 0000-02-29 366
// -4 -0004-02-29 366
// 2025-03-01 12:00:00 +0000 UTC
// 2028-02-29 12:00:00 +0000 UTC
// 2025-03-01 12:00:00 +0000 UTC
// 2025-03-01 12:00:00 +0000 UTC
// 2023-03-02 12:00:00 +0000 UTC
// 2023-03-03 08:00:00 +0200 X
// 2024-03-02 08:00:00 +0200 X
// 2022-12-01 08:00:00 +0200 X
// 8784h0m0s
