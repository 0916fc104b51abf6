// run

// Parse's *ParseError: which element failed and the messages for values
// out of range, extra text, impossible dates and day-of-year conflicts.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, c := range [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05"},
		{time.RFC3339, "2006-01-02 15:04:05Z"},
		{time.RFC3339, "2006-13-02T15:04:05Z"},
		{time.RFC3339, "2006-02-30T15:04:05Z"},
		{time.RFC3339, "2006-02-02T24:04:05Z"},
		{time.RFC3339, "2006-02-02T23:60:05Z"},
		{time.RFC3339, "2006-02-02T23:00:60Z"},
		{time.RFC3339, "2006-01-02T15:04:05Zjunk"},
		{time.DateOnly, "2023-2-28"},
		{time.DateOnly, "2023-02-29"},
		{time.DateOnly, ""},
		{time.Kitchen, "13:04PM"},
		{time.Kitchen, "3:04XM"},
		{time.StampMilli, "Jan  2 15:04:05.00"},
		{"January 2", "Marc 3"},
		{"Monday", "Frday"},
		{"MST", "Ab"},
		{"2006-002", "2023-366"},
		{"2006-01-02 002", "2023-04-01 060"},
		{"2006-01-02 002", "2023-03-02 060"},
		{`"2006"`, "\"20\xff6\""},
	} {
		_, err := time.Parse(c[0], c[1])
		fmt.Println(err)
		if pe, ok := err.(*time.ParseError); ok {
			fmt.Printf("  %q %q %q\n", pe.LayoutElem, pe.ValueElem, pe.Message)
		}
	}
}

// Output:
// parsing time "2006-01-02T15:04:05" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "Z07:00"
//   "Z07:00" "" ""
// parsing time "2006-01-02 15:04:05Z" as "2006-01-02T15:04:05Z07:00": cannot parse " 15:04:05Z" as "T"
//   "T" " 15:04:05Z" ""
// parsing time "2006-13-02T15:04:05Z": month out of range
//   "01" "-02T15:04:05Z" ": month out of range"
// parsing time "2006-02-30T15:04:05Z": day out of range
//   "" "" ": day out of range"
// parsing time "2006-02-02T24:04:05Z": hour out of range
//   "15" ":04:05Z" ": hour out of range"
// parsing time "2006-02-02T23:60:05Z": minute out of range
//   "04" ":05Z" ": minute out of range"
// parsing time "2006-02-02T23:00:60Z": second out of range
//   "05" "Z" ": second out of range"
// parsing time "2006-01-02T15:04:05Zjunk": extra text: "junk"
//   "" "junk" ": extra text: \"junk\""
// parsing time "2023-2-28" as "2006-01-02": cannot parse "2-28" as "01"
//   "01" "2-28" ""
// parsing time "2023-02-29": day out of range
//   "" "" ": day out of range"
// parsing time "" as "2006-01-02": cannot parse "" as "2006"
//   "2006" "" ""
// parsing time "13:04PM": hour out of range
//   "3" ":04PM" ": hour out of range"
// parsing time "3:04XM" as "3:04PM": cannot parse "XM" as "PM"
//   "PM" "XM" ""
// parsing time "Jan  2 15:04:05.00" as "Jan _2 15:04:05.000": cannot parse ".00" as ".000"
//   ".000" ".00" ""
// parsing time "Marc 3" as "January 2": cannot parse "Marc 3" as "January"
//   "January" "Marc 3" ""
// parsing time "Frday" as "Monday": cannot parse "Frday" as "Monday"
//   "Monday" "Frday" ""
// parsing time "Ab" as "MST": cannot parse "Ab" as "MST"
//   "MST" "Ab" ""
// parsing time "2023-366": day-of-year out of range
//   "" "" ": day-of-year out of range"
// parsing time "2023-04-01 060": day-of-year does not match month
//   "" "" ": day-of-year does not match month"
// parsing time "2023-03-02 060": day-of-year does not match day
//   "" "" ": day-of-year does not match day"
// parsing time "\"20\xff6\"" as "\"2006\"": cannot parse "20\xff6\"" as "2006"
//   "2006" "20\xff6\"" ""
