// run

// Parse with common layouts: zones by offset (Z, ±hh:mm), by name (UTC,
// an unknown abbreviation, GMT+h), optional and extra fractional seconds,
// two-digit years, 12-hour clocks, case-insensitive names and year days.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, c := range [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05.25+05:30"},
		{time.RFC3339Nano, "2023-07-08T09:10:11.123456789-07:00"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 PST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3"},
		{time.RFC1123Z, "tue, 10 NOV 2009 23:00:00 -0130"},
		{time.RFC822, "02 Jan 70 15:04 MST"},
		{time.RFC822, "02 Jan 68 15:04 MST"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.ANSIC, "Mon Jan 2 15:04:05 2006"},
		{time.Kitchen, "12:04AM"},
		{time.Kitchen, "3:04PM"},
		{time.StampMicro, "Feb 29 15:04:05.123456"},
		{time.DateTime, "2024-02-29 23:59:59.987"},
		{time.DateOnly, "2023-12-31"},
		{time.TimeOnly, "7:08:09"},
		{"15:04:05.9", "01:02:03"},
		{"15:04:05,000", "01:02:03,045"},
		{"2006-002", "2024-060"},
		{"2006 __2", "2023  59"},
		{"January 2, 2006 3pm", "march 3, 2021 11am"},
	} {
		t, err := time.Parse(c[0], c[1])
		name, off := t.Zone()
		fmt.Printf("%-36q %v | %v %s %d %v\n", c[1], t, t.Location(), name, off, err)
	}
}

// Output:
// "2006-01-02T15:04:05Z"               2006-01-02 15:04:05 +0000 UTC | UTC UTC 0 <nil>
// "2006-01-02T15:04:05.25+05:30"       2006-01-02 15:04:05.25 +0530 +0530 |   19800 <nil>
// "2023-07-08T09:10:11.123456789-07:00" 2023-07-08 09:10:11.123456789 -0700 -0700 |   -25200 <nil>
// "Mon, 02 Jan 2006 15:04:05 UTC"      2006-01-02 15:04:05 +0000 UTC | UTC UTC 0 <nil>
// "Mon, 02 Jan 2006 15:04:05 PST"      2006-01-02 15:04:05 +0000 PST | PST PST 0 <nil>
// "Mon, 02 Jan 2006 15:04:05 GMT+3"    2006-01-02 18:04:05 +0300 GMT+3 | GMT+3 GMT+3 10800 <nil>
// "tue, 10 NOV 2009 23:00:00 -0130"    2009-11-10 23:00:00 -0130 -0130 |   -5400 <nil>
// "02 Jan 70 15:04 MST"                1970-01-02 15:04:00 +0000 MST | MST MST 0 <nil>
// "02 Jan 68 15:04 MST"                2068-01-02 15:04:00 +0000 MST | MST MST 0 <nil>
// "Mon Jan  2 15:04:05 2006"           2006-01-02 15:04:05 +0000 UTC | UTC UTC 0 <nil>
// "Mon Jan 2 15:04:05 2006"            2006-01-02 15:04:05 +0000 UTC | UTC UTC 0 <nil>
// "12:04AM"                            0000-01-01 00:04:00 +0000 UTC | UTC UTC 0 <nil>
// "3:04PM"                             0000-01-01 15:04:00 +0000 UTC | UTC UTC 0 <nil>
// "Feb 29 15:04:05.123456"             0000-02-29 15:04:05.123456 +0000 UTC | UTC UTC 0 <nil>
// "2024-02-29 23:59:59.987"            2024-02-29 23:59:59.987 +0000 UTC | UTC UTC 0 <nil>
// "2023-12-31"                         2023-12-31 00:00:00 +0000 UTC | UTC UTC 0 <nil>
// "7:08:09"                            0000-01-01 07:08:09 +0000 UTC | UTC UTC 0 <nil>
// "01:02:03"                           0000-01-01 01:02:03 +0000 UTC | UTC UTC 0 <nil>
// "01:02:03,045"                       0000-01-01 01:02:03.045 +0000 UTC | UTC UTC 0 <nil>
// "2024-060"                           2024-02-29 00:00:00 +0000 UTC | UTC UTC 0 <nil>
// "2023  59"                           2023-02-28 00:00:00 +0000 UTC | UTC UTC 0 <nil>
// "march 3, 2021 11am"                 2021-03-03 11:00:00 +0000 UTC | UTC UTC 0 <nil>
