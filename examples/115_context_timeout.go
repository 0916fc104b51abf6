// Context package, part 2: timeouts and deadlines.
//
// context.WithTimeout(parent, d) is WithDeadline(parent, now+d): the
// context's Done channel closes by itself when the time is up, and Err
// becomes context.DeadlineExceeded. A function that knows its deadline can
// also refuse work it cannot finish in time, instead of starting it and
// being cut off: ctx.Deadline() tells it how long it has.
//
// Three calls of a slow operation (it needs 200ms):
//  1. with 500ms to spare: it finishes;
//  2. with a 100ms timeout: it is cut off after 100ms;
//  3. with 150ms left, and the operation checks the deadline first: it
//     fails at once, without waiting.
//
// A fourth call shows a child context can only shorten its parent's
// deadline, never extend it.
//
// What to look at in the state panel while it runs:
//   - Goroutines: main waits in "select" on the context's Done channel and
//     the operation's timer; whichever channel is ready first wins.
//   - The elapsed times are exact with the virtual clock; on the real
//     clock they are truncated to 10ms.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

const workTime = 200 * time.Millisecond

var errTooLittleTime = errors.New("not enough time left, not starting")

// slowOperation needs workTime; it gives up when ctx is done.
func slowOperation(ctx context.Context, checkDeadline bool) error {
	if deadline, ok := ctx.Deadline(); ok && checkDeadline {
		if time.Until(deadline) < workTime {
			return errTooLittleTime
		}
	}
	select {
	case <-time.After(workTime):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func try(ctx context.Context, name string, checkDeadline bool) {
	start := time.Now()
	err := slowOperation(ctx, checkDeadline)
	fmt.Printf("%-9s err=%v after %v\n", name+":", err, time.Since(start).Truncate(10*time.Millisecond))
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	try(ctx, "enough", false)
	cancel()

	ctx, cancel = context.WithTimeout(context.Background(), 100*time.Millisecond)
	try(ctx, "timeout", false)
	fmt.Println("  errors.Is(ctx.Err(), context.DeadlineExceeded):", errors.Is(ctx.Err(), context.DeadlineExceeded))
	cancel()

	ctx, cancel = context.WithDeadline(context.Background(), time.Now().Add(150*time.Millisecond))
	try(ctx, "deadline", true)
	cancel()

	parent, cancelParent := context.WithTimeout(context.Background(), 100*time.Millisecond)
	child, cancelChild := context.WithTimeout(parent, 1*time.Hour)
	try(child, "child", false) // cut off by the parent's 100ms
	cancelChild()
	cancelParent()
}

// Output:
// enough:   err=<nil> after 200ms
// timeout:  err=context deadline exceeded after 100ms
//   errors.Is(ctx.Err(), context.DeadlineExceeded): true
// deadline: err=not enough time left, not starting after 0s
// child:    err=context deadline exceeded after 100ms
