// Tee channel: one input, two outputs with the same values.
//
// Like the Unix `tee` command, tee reads each value once and delivers it
// to two consumers, for example one that processes values and one that
// logs them. For each value it must send on both outputs; it uses a select
// over both sends, and after one succeeds sets that local channel variable
// to nil so its case is switched off (a nil channel is never ready) and
// the other send completes. Only then does it read the next value, so the
// two outputs advance in lock step.
//
// What to look at in the state panel while it runs:
//   - Goroutines: tee waits in "select" on both outputs until both
//     consumers have taken the current value.
//   - Channels: out1 and out2 are unbuffered; neither can get ahead of the
//     other by more than one value.
package main

import (
	"fmt"
	"strings"
)

func tee(done <-chan struct{}, in <-chan string) (<-chan string, <-chan string) {
	out1 := make(chan string)
	out2 := make(chan string)
	go func() {
		defer close(out1)
		defer close(out2)
		for v := range in {
			a, b := out1, out2 // local copies we can nil out
			for i := 0; i < 2; i++ {
				select {
				case <-done:
					return
				case a <- v:
					a = nil // sent on out1; switch that case off
				case b <- v:
					b = nil
				}
			}
		}
	}()
	return out1, out2
}

func main() {
	done := make(chan struct{})
	defer close(done)

	words := make(chan string)
	go func() {
		defer close(words)
		for _, w := range []string{"alpha", "beta", "gamma", "delta"} {
			words <- w
		}
	}()

	out1, out2 := tee(done, words)
	for w := range out1 {
		// Every value read from out1 is also waiting on out2.
		fmt.Printf("out1: %-6s out2: %s\n", w, strings.ToUpper(<-out2))
	}
}

// Output:
// out1: alpha  out2: ALPHA
// out1: beta   out2: BETA
// out1: gamma  out2: GAMMA
// out1: delta  out2: DELTA
