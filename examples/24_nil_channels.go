// Channels: nil channels, and why they are useful in select.
//
// The zero value of a channel type is nil. Sending to or receiving from a
// nil channel blocks forever (a lone `<-nilCh` in main ends in "fatal
// error: all goroutines are asleep - deadlock!", wait reason "chan receive
// (nil chan)"); closing one panics.
//
// That "blocks forever" is handy in a select: a case on a nil channel can
// never be chosen, so setting a channel variable to nil switches its case
// off. Here main merges two producers; when one of them closes its
// channel, main sets that variable to nil and keeps receiving from the
// other, until both are off.
//
// What to look at in the state panel while it runs:
//   - Goroutines: main waits in "select"; the producers sleep between
//     values (letters every 10ms, numbers every 25ms).
//   - Channels: `letters` closes first; from then on main's select only
//     waits on `numbers`.
package main

import (
	"fmt"
	"time"
)

func producer[T any](values []T, every time.Duration) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, v := range values {
			time.Sleep(every)
			out <- v
		}
	}()
	return out
}

func main() {
	// A select with a nil channel and a timeout: only the timeout can fire.
	var never chan int // nil
	select {
	case v := <-never:
		fmt.Println("impossible:", v)
	case <-time.After(5 * time.Millisecond):
		fmt.Println("a nil channel never delivers: timed out")
	}

	letters := producer([]string{"a", "b", "c"}, 10*time.Millisecond)
	numbers := producer([]int{1, 2, 3, 4}, 25*time.Millisecond)

	for letters != nil || numbers != nil {
		select {
		case l, ok := <-letters:
			if !ok {
				fmt.Println("letters closed: switching its case off")
				letters = nil // this case can never be chosen again
				continue
			}
			fmt.Println("letter", l)
		case n, ok := <-numbers:
			if !ok {
				fmt.Println("numbers closed: switching its case off")
				numbers = nil
				continue
			}
			fmt.Println("number", n)
		}
	}
	fmt.Println("both producers are done")
}

// Output:
// a nil channel never delivers: timed out
// letter a
// letter b
// number 1
// letter c
// letters closed: switching its case off
// number 2
// number 3
// number 4
// numbers closed: switching its case off
// both producers are done
