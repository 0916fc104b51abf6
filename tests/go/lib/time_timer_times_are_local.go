// run
// Flags: -faketime

// The times a Timer, a Ticker and time.After send carry the Local zone, as
// time.Now's do (on the playground Local is UTC, named "Local").
package main

import (
	"fmt"
	"time"
)

func main() {
	t := <-time.After(time.Second)
	fmt.Println(t.Location())
	tk := time.NewTicker(time.Second)
	fmt.Println((<-tk.C).Location())
	tk.Stop()
	fmt.Println((<-time.NewTimer(time.Millisecond).C).Location(), time.Now().Location())
}

// Output:
// Local
// Local
// Local Local
