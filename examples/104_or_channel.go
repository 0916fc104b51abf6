// OR channel: one done channel made of many.
//
// Sometimes you wait for "whichever of these finishes first". With a fixed
// number of channels a select does it; for any number of them, `or`
// combines them into one channel that closes as soon as any input closes.
//
// It works recursively: one goroutine selects on the first three inputs
// plus the `or` of the rest. Each level also passes its own orDone down,
// so when any level finishes, every goroutine of the tree returns too:
// the combinator cleans up after itself.
//
// Five signals close after 2h, 5m, 1s, 1h and 1m; the combined channel
// closes after 1s. (With the virtual clock that second is instant; with
// the real clock the elapsed time is printed truncated to 100ms, since a
// sleep always lasts a little longer than asked.)
//
// What to look at in the state panel while it runs:
//   - Goroutines: five signal goroutines sleeping ("sleep") and the `or`
//     goroutines waiting in "select", one per level of the recursion.
//   - Channels: each signal channel has a receiver (an `or` goroutine)
//     waiting; after 1s one closes and the whole tree of selects unwinds.
package main

import (
	"fmt"
	"time"
)

// or returns a channel that closes when any of channels closes.
func or(channels ...<-chan struct{}) <-chan struct{} {
	switch len(channels) {
	case 0:
		return nil // waits forever, like an empty select
	case 1:
		return channels[0]
	}

	orDone := make(chan struct{})
	go func() {
		defer close(orDone)
		if len(channels) == 2 {
			select {
			case <-channels[0]:
			case <-channels[1]:
			}
			return
		}
		select {
		case <-channels[0]:
		case <-channels[1]:
		case <-channels[2]:
		// The rest, plus orDone: if this level finishes first, the
		// goroutines below it are released as well.
		case <-or(append(channels[3:], orDone)...):
		}
	}()
	return orDone
}

// signal returns a channel that closes after d.
func signal(d time.Duration) <-chan struct{} {
	c := make(chan struct{})
	go func() {
		defer close(c)
		time.Sleep(d)
	}()
	return c
}

func main() {
	start := time.Now()
	<-or(
		signal(2*time.Hour),
		signal(5*time.Minute),
		signal(1*time.Second),
		signal(1*time.Hour),
		signal(1*time.Minute),
	)
	fmt.Printf("done after %v\n", time.Since(start).Truncate(100*time.Millisecond))
}

// Output:
// done after 1s
