// Context package, part 1: cancelling a tree of work.
//
// A context.Context carries a Done channel, like the done channels of the
// earlier examples, plus the reason it was closed (Err) and an optional
// deadline. Contexts form a tree: WithCancel and WithTimeout derive a
// child, and cancelling a parent cancels every context below it, while a
// child's cancel leaves its parent alone.
//
// The program (after the guide's greeting/farewell example): two goroutines
// look up a locale, which takes a minute. printGreeting gives up after 1s
// (its own WithTimeout child); when it fails, it cancels the shared parent,
// and so printFarewell, still waiting, is cancelled too, with a different
// error: the timeout says "deadline exceeded", the parent's cancel says
// "canceled".
//
// What to look at in the state panel while it runs:
//   - Goroutines: both workers waiting in "select" on their context's Done
//     channel and a one-minute timer.
//   - After 1s (instant with the virtual clock) the greeting's timer
//     fires, then the cancel ripples to the farewell goroutine.
//   - WaitGroups: main waits for both workers.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel() // always release a context's resources

	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		if err := printGreeting(ctx); err != nil {
			fmt.Printf("cannot print greeting: %v\n", err)
			cancel() // give up on everything else too
		}
	}()
	go func() {
		defer wg.Done()
		if err := printFarewell(ctx); err != nil {
			fmt.Printf("cannot print farewell: %v\n", err)
		}
	}()
	wg.Wait()
	fmt.Println("parent context:", ctx.Err())
}

func printGreeting(ctx context.Context) error {
	// A child context: this branch gives up after one second.
	ctx, cancel := context.WithTimeout(ctx, 1*time.Second)
	defer cancel()
	locale, err := locale(ctx)
	if err != nil {
		return err
	}
	fmt.Printf("hello world! (%s)\n", locale)
	return nil
}

func printFarewell(ctx context.Context) error {
	locale, err := locale(ctx)
	if err != nil {
		return err
	}
	fmt.Printf("goodbye world! (%s)\n", locale)
	return nil
}

// locale pretends to ask a slow service. It stops as soon as its context
// is done, and reports why.
func locale(ctx context.Context) (string, error) {
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case <-time.After(1 * time.Minute):
		return "EN/US", nil
	}
}

// Output:
// cannot print greeting: context deadline exceeded
// cannot print farewell: context canceled
// parent context: context canceled
