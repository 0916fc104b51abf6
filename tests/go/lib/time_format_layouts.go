// run

// Format with each predefined layout constant, in UTC and in fixed zones
// (with and without an abbreviation).
package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate,
		time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z,
		time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		time.DateTime, time.DateOnly, time.TimeOnly,
	}
	times := []time.Time{
		time.Date(2009, time.November, 10, 23, 4, 5, 120000000, time.UTC),
		time.Date(2024, time.February, 9, 7, 0, 3, 7, time.FixedZone("CET", 3600)),
		time.Date(1999, time.December, 31, 12, 30, 0, 0, time.FixedZone("", -(9*3600+30*60))),
	}
	for _, t := range times {
		for _, l := range layouts {
			fmt.Println(t.Format(l))
		}
	}
}

// Output:
// 11/10 11:04:05PM '09 +0000
// Tue Nov 10 23:04:05 2009
// Tue Nov 10 23:04:05 UTC 2009
// Tue Nov 10 23:04:05 +0000 2009
// 10 Nov 09 23:04 UTC
// 10 Nov 09 23:04 +0000
// Tuesday, 10-Nov-09 23:04:05 UTC
// Tue, 10 Nov 2009 23:04:05 UTC
// Tue, 10 Nov 2009 23:04:05 +0000
// 2009-11-10T23:04:05Z
// 2009-11-10T23:04:05.12Z
// 11:04PM
// Nov 10 23:04:05
// Nov 10 23:04:05.120
// Nov 10 23:04:05.120000
// Nov 10 23:04:05.120000000
// 2009-11-10 23:04:05
// 2009-11-10
// 23:04:05
// 02/09 07:00:03AM '24 +0100
// Fri Feb  9 07:00:03 2024
// Fri Feb  9 07:00:03 CET 2024
// Fri Feb 09 07:00:03 +0100 2024
// 09 Feb 24 07:00 CET
// 09 Feb 24 07:00 +0100
// Friday, 09-Feb-24 07:00:03 CET
// Fri, 09 Feb 2024 07:00:03 CET
// Fri, 09 Feb 2024 07:00:03 +0100
// 2024-02-09T07:00:03+01:00
// 2024-02-09T07:00:03.000000007+01:00
// 7:00AM
// Feb  9 07:00:03
// Feb  9 07:00:03.000
// Feb  9 07:00:03.000000
// Feb  9 07:00:03.000000007
// 2024-02-09 07:00:03
// 2024-02-09
// 07:00:03
// 12/31 12:30:00PM '99 -0930
// Fri Dec 31 12:30:00 1999
// Fri Dec 31 12:30:00 -0930 1999
// Fri Dec 31 12:30:00 -0930 1999
// 31 Dec 99 12:30 -0930
// 31 Dec 99 12:30 -0930
// Friday, 31-Dec-99 12:30:00 -0930
// Fri, 31 Dec 1999 12:30:00 -0930
// Fri, 31 Dec 1999 12:30:00 -0930
// 1999-12-31T12:30:00-09:30
// 1999-12-31T12:30:00-09:30
// 12:30PM
// Dec 31 12:30:00
// Dec 31 12:30:00.000
// Dec 31 12:30:00.000000
// Dec 31 12:30:00.000000000
// 1999-12-31 12:30:00
// 1999-12-31
// 12:30:00
