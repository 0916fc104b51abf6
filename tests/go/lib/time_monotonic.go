// run

// Times from Now carry a monotonic reading: Add moves it, Sub and the
// comparisons use it, String shows it as m=+..., and Round(0), UTC and
// AddDate drop it. (No output depends on the current time.)
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	t := time.Now()
	u := t.Add(1500 * time.Millisecond)
	fmt.Println(u.Sub(t), t.Sub(u), u.After(t), t.Before(u), t.Equal(t.UTC()))
	fmt.Println(t == t.Round(0), t.Round(0).Equal(t))
	fmt.Println(strings.Contains(t.String(), " m=+"), strings.Contains(t.Round(0).String(), " m="),
		strings.Contains(t.UTC().String(), " m="), strings.Contains(t.AddDate(0, 0, 1).String(), " m="))
	fmt.Println(t.AddDate(0, 0, 1).Sub(t), time.Since(t) >= 0, time.Until(u) > 0)
}

// Output:
// 1.5s -1.5s true true true
// false true
// true false false false
// 24h0m0s true true
