// run

// The local zone: Unix and UnixMilli give local times, and Local is UTC
// (as on Go's playground) but keeps its own name.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Unix(1e9, 0)
	fmt.Println(t, t.Location())
	fmt.Printf("%#v\n", t)
	fmt.Println(t.Zone())
	fmt.Println(t.UTC().Location(), t.Equal(t.UTC()), t == t.UTC())
	u := time.Date(2020, 1, 2, 3, 4, 5, 0, time.Local)
	fmt.Println(u, u.Unix())
	p, err := time.Parse("2006-01-02 15:04 -0700", "2020-01-02 03:04 +0000")
	fmt.Println(p, p.Location(), err)
}

// Output:
// 2001-09-09 01:46:40 +0000 UTC Local
// time.Date(2001, time.September, 9, 1, 46, 40, 0, time.Local)
// UTC 0
// UTC true false
// 2020-01-02 03:04:05 +0000 UTC 1577934245
// 2020-01-02 03:04:00 +0000 UTC Local <nil>
