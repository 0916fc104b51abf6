// run
// Flags: -faketime

// A Ticker delivers ticks until stopped; a Timer fires once and can be
// stopped or reset; AfterFunc runs its function in a new goroutine.
package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks:", n)

	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop(), "stop again:", t.Stop())
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("reset timer fired")

	done := make(chan string)
	f := time.AfterFunc(20*time.Millisecond, func() { done <- "after func ran" })
	fmt.Println(<-done)
	fmt.Println("stop after firing:", f.Stop())

	cancelled := time.AfterFunc(time.Millisecond, func() { fmt.Println("never") })
	fmt.Println("cancelled:", cancelled.Stop())
	time.Sleep(10 * time.Millisecond)

	fmt.Println(time.Tick(0) == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}

// Output:
// ticks: 3
// stop pending: true stop again: false
// reset timer fired
// after func ran
// stop after firing: false
// cancelled: true
// true
// recovered: non-positive interval for NewTicker
