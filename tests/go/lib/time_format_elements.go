// run

// Format's individual layout elements: padded days and year days,
// 12-hour clocks with AM/PM, fractional seconds (.000 keeps zeros, .999
// trims them, a comma separator), numeric zones with Z for UTC, and words
// that only start like an element ("Janet", "Month").
package main

import (
	"fmt"
	"time"
)

func main() {
	a := time.Date(2023, time.March, 5, 0, 7, 9, 50000000, time.UTC)
	b := time.Date(2023, time.November, 25, 13, 45, 30, 123456789, time.FixedZone("X", -(3*3600+30*60+15)))
	for _, l := range []string{
		"2 _2 02 | 1 01 Jan January | Mon Monday",
		"__2 002 | 06 2006 _2006",
		"3 03 15 | 4 04 | 5 05 | PM pm",
		".0 .000 .000000000 | .9 .999 .999999999 | ,000 ,999",
		"05.9999 05.00 5,0",
		"Z07 Z0700 Z07:00 Z070000 Z07:00:00",
		"-07 -0700 -07:00 -070000 -07:00:00 MST",
		"Janet Month 2006-01-02T15:04:05",
	} {
		fmt.Printf("%s\n  %s\n  %s\n", l, a.Format(l), b.Format(l))
	}
	fmt.Println(string(a.AppendFormat([]byte("at "), time.Kitchen)))
	fmt.Println(time.Date(-7, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006 06"))
	fmt.Println(time.Date(12345, 6, 7, 0, 0, 0, 0, time.UTC).Format("2006 06"))
}

// Output:
// 2 _2 02 | 1 01 Jan January | Mon Monday
//   5  5 05 | 3 03 Mar March | Sun Sunday
//   25 25 25 | 11 11 Nov November | Sat Saturday
// __2 002 | 06 2006 _2006
//    64 064 | 23 2023 _2023
//   329 329 | 23 2023 _2023
// 3 03 15 | 4 04 | 5 05 | PM pm
//   12 12 00 | 7 07 | 9 09 | AM am
//   1 01 13 | 45 45 | 30 30 | PM pm
// .0 .000 .000000000 | .9 .999 .999999999 | ,000 ,999
//   .0 .050 .050000000 |  .05 .05 | ,050 ,05
//   .1 .123 .123456789 | .1 .123 .123456789 | ,123 ,123
// 05.9999 05.00 5,0
//   09.05 09.05 9,0
//   30.1234 30.12 30,1
// Z07 Z0700 Z07:00 Z070000 Z07:00:00
//   Z Z Z Z Z
//   -03 -0330 -03:30 -033015 -03:30:15
// -07 -0700 -07:00 -070000 -07:00:00 MST
//   +00 +0000 +00:00 +000000 +00:00:00 UTC
//   -03 -0330 -03:30 -033015 -03:30:15 X
// Janet Month 2006-01-02T15:04:05
//   Janet Month 2023-03-05T00:07:09
//   Janet Month 2023-11-25T13:45:30
// at 12:07AM
// -0007 07
// 12345 45
