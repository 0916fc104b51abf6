// run

// ParseInLocation: times without a zone are in the given location, and an
// offset or abbreviation matching it yields that location.
package main

import (
	"fmt"
	"time"
)

func main() {
	est := time.FixedZone("EST", -5*3600)
	for _, c := range [][2]string{
		{time.DateTime, "2024-02-29 23:59:59"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 EST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 PST"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0500"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0400"},
	} {
		t, err := time.ParseInLocation(c[0], c[1], est)
		fmt.Println(t, "|", t.Location(), t.Unix(), err)
	}
}

// Output:
// 2024-02-29 23:59:59 -0500 EST | EST 1709269199 <nil>
// 2006-01-02 15:04:05 -0500 EST | EST 1136232245 <nil>
// 2006-01-02 15:04:05 +0000 UTC | UTC 1136214245 <nil>
// 2006-01-02 15:04:05 +0000 PST | PST 1136214245 <nil>
// 2006-01-02 15:04:05 -0500 EST | EST 1136232245 <nil>
// 2006-01-02 15:04:05 -0400 -0400 |  1136228645 <nil>
