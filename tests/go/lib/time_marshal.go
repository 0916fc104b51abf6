// run

// MarshalText/JSON write RFC 3339 with nanoseconds (and refuse years past
// 9999); MarshalBinary round-trips the instant and the zone offset;
// UnmarshalJSON reads strings and ignores null.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2020, 5, 6, 7, 8, 9, 500, time.FixedZone("X", 2*3600+30))
	j, err := t.MarshalJSON()
	fmt.Println(string(j), err)
	txt, err := time.Date(2020, 5, 6, 7, 8, 9, 0, time.UTC).MarshalText()
	fmt.Println(string(txt), err)
	_, err = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalText()
	fmt.Println(err)
	_, err = time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("Y", 25*3600)).MarshalJSON()
	fmt.Println(err)

	bin, err := t.MarshalBinary()
	fmt.Println(bin, err)
	var u time.Time
	fmt.Println(u.UnmarshalBinary(bin), u, u.Equal(t))
	bin, _ = time.Date(2020, 5, 6, 7, 8, 9, 0, time.UTC).MarshalBinary()
	fmt.Println(bin, u.UnmarshalBinary(bin), u)
	fmt.Println(u.UnmarshalBinary(bin[:5]), u.UnmarshalBinary(nil))

	var v time.Time
	fmt.Println(v.UnmarshalJSON([]byte(`"2020-05-06T07:08:09.5+02:00"`)), v)
	fmt.Println(v.UnmarshalJSON([]byte(`null`)), v)
	fmt.Println(v.UnmarshalJSON([]byte(`2020`)))
	fmt.Println(v.UnmarshalText([]byte(`2020-05-06`)))
}

// Output:
// "2020-05-06T07:08:09.0000005+02:00" <nil>
// 2020-05-06T07:08:09Z <nil>
// Time.MarshalText: year outside of range [0,9999]
// Time.MarshalJSON: timezone hour outside of range [0,23]
// [2 0 0 0 14 214 68 61 27 0 0 1 244 0 120 30] <nil>
// <nil> 2020-05-06 07:08:09.0000005 +0200 +0200 true
// [1 0 0 0 14 214 68 89 89 0 0 0 0 255 255] <nil> 2020-05-06 07:08:09 +0000 UTC
// Time.UnmarshalBinary: invalid length Time.UnmarshalBinary: no data
// <nil> 2020-05-06 07:08:09.5 +0200 +0200
// <nil> 2020-05-06 07:08:09.5 +0200 +0200
// Time.UnmarshalJSON: input is not a JSON string
// parsing time "2020-05-06" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"
