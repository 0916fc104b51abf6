// Channels: closing, and the table of channel operations.
//
// close(ch) says "no more values will be sent". What each operation does,
// by the channel's state (the guide's table, tried out one row at a time):
//
//	receive  open, has values   -> the next value
//	receive  closed, has values -> the values still buffered, in order
//	receive  closed, empty      -> the zero value at once, ok == false
//	send     closed             -> panic: send on closed channel
//	close    closed             -> panic: close of closed channel
//	close    nil                -> panic: close of nil channel
//
// (Receiving from or sending to a nil channel blocks forever: see
// 24_nil_channels.go. Receiving from a send-only channel, or sending to or
// closing a receive-only one, does not compile.)
//
// The panics are caught with recover so the program can go on to the next
// row; in a real program they are bugs. The rule that avoids them: only
// the sending side (the channel's owner) closes, exactly once (see
// 25_channel_ownership.go).
//
// Closing also wakes every goroutine waiting to receive, all at once: the
// last part uses that to start three goroutines together.
//
// What to look at in the state panel while it runs:
//   - Channels: `ch` marked closed while still holding buffered values;
//     `start` with three waiting receivers ("chan receive") until it is
//     closed, then none.
package main

import (
	"fmt"
	"sync"
	"time"
)

// try runs f and reports the panic it raised, if any.
func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%-26s -> panic: %v\n", what, r)
		}
	}()
	f()
	fmt.Printf("%-26s -> ok\n", what)
}

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println("receive from open channel ->", <-ch)

	close(ch) // 2 is still in the buffer
	v, ok := <-ch
	fmt.Printf("receive, closed, buffered  -> %d, ok=%v\n", v, ok)
	v, ok = <-ch
	fmt.Printf("receive, closed, empty     -> %d, ok=%v\n", v, ok)

	try("send on closed channel", func() { ch <- 3 })
	try("close closed channel", func() { close(ch) })
	var nilCh chan int
	try("close nil channel", func() { close(nilCh) })

	// A close is a broadcast: every waiting receiver wakes up.
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	started := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start // wait for the signal
			mu.Lock()
			started++
			mu.Unlock()
		}()
	}
	time.Sleep(10 * time.Millisecond) // all three wait now: see the panel
	close(start)                      // one close releases all three
	wg.Wait()
	fmt.Println("goroutines released by one close:", started)
}

// Output:
// receive from open channel -> 1
// receive, closed, buffered  -> 2, ok=true
// receive, closed, empty     -> 0, ok=false
// send on closed channel     -> panic: send on closed channel
// close closed channel       -> panic: close of closed channel
// close nil channel          -> panic: close of nil channel
// goroutines released by one close: 3
