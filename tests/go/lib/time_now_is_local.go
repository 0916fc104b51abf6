// run

// time.Now gives a time in time.Local, which on gopark (as on Go's
// playground) is the UTC zone under the name "Local"; LoadLocation("Local")
// is the same Location.
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	now := time.Now()
	fmt.Println(now.Location(), now.Location() == time.Local, time.Local.String())
	fmt.Println(now.Zone())
	fmt.Println(now.Format("MST -0700 Z07:00"))
	fmt.Println(strings.Contains(now.String(), " +0000 UTC m=+"))
	fmt.Println(now.Round(0).Location(), now.Add(time.Hour).Location(), now.UTC().Location())
	fmt.Println(now.Equal(now.UTC()), now == now.UTC(), now.Round(0) == now.Round(0).Local())
	l, err := time.LoadLocation("Local")
	fmt.Println(l, err, l == time.Local)
	u, err := time.LoadLocation("")
	fmt.Println(u, err, u == time.UTC)
	fmt.Println(time.Unix(0, 0), time.Unix(0, 0).Location())
}

// Output:
// Local true Local
// UTC 0
// UTC +0000 Z
// true
// Local Local UTC
// true false true
// Local <nil> true
// UTC <nil> true
// 1970-01-01 00:00:00 +0000 UTC Local
