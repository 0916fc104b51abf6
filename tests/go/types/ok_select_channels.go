// run

// Channels of channels carry replies; select waits on several channels;
// directional channel types restrict use.
package main

import (
	"fmt"
	"time"
)

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request, quit <-chan struct{}) {
	for {
		select {
		case r := <-reqs:
			r.reply <- r.n * r.n
		case <-quit:
			return
		}
	}
}

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func main() {
	reqs := make(chan request)
	quit := make(chan struct{})
	go server(reqs, quit)
	replies := make(chan chan int, 2)
	for i := 2; i <= 3; i++ {
		r := request{i, make(chan int, 1)}
		reqs <- r
		replies <- r.reply
	}
	close(replies)
	for rc := range replies {
		fmt.Println(<-rc)
	}
	close(quit)

	nums := make(chan int)
	go produce(nums, 3)
	total := 0
	for v := range nums {
		total += v
	}
	select {
	case v, ok := <-nums:
		fmt.Println("closed", v, ok, total)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
}
