// run
// Flags: -faketime

// context: values flow down a chain of contexts, cancel closes Done for
// the context and its children, a timeout cancels with DeadlineExceeded,
// and Cause reports why.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func worker(ctx context.Context, out chan<- string) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprint("worker stopped: ", ctx.Err())
			return
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func main() {
	root := context.WithValue(context.Background(), key("user"), "gopher")
	ctx, cancel := context.WithCancel(root)
	child := context.WithValue(ctx, key("req"), 7)
	fmt.Println(child.Value(key("user")), child.Value(key("req")), child.Value(key("none")))

	out := make(chan string)
	go worker(child, out)
	time.Sleep(35 * time.Millisecond)
	cancel()
	fmt.Println(<-out)
	fmt.Println(child.Err(), errors.Is(child.Err(), context.Canceled))

	tctx, tcancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), tctx.Err() == context.DeadlineExceeded)
	case <-time.After(time.Second):
		fmt.Println("no timeout")
	}

	cctx, ccancel := context.WithCancelCause(context.Background())
	ccancel(errors.New("shutting down"))
	fmt.Println(cctx.Err(), context.Cause(cctx))
	fmt.Println(context.Background(), context.TODO())
}

// Output:
// gopher 7 <nil>
// worker stopped: context canceled
// context canceled true
// timeout: context deadline exceeded true
// context canceled shutting down
// context.Background context.TODO
