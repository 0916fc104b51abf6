// run

// With LstdFlags and Lmicroseconds a line starts with the date and time
// in the shape 2009/01/23 01:23:23.123123 (checked by shape, not value).
package main

import (
	"fmt"
	"log"
	"strings"
)

func shape(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteByte('9')
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func main() {
	var b strings.Builder
	l := log.New(&b, "", log.LstdFlags)
	l.Print("msg")
	l.SetFlags(log.Ltime | log.Lmicroseconds | log.LUTC)
	l.Print("utc")
	l.SetFlags(log.Ldate)
	l.Print("date only")
	fmt.Print(shape(b.String()))
}

// Output:
// 9999/99/99 99:99:99 msg
// 99:99:99.999999 utc
// 9999/99/99 date only
