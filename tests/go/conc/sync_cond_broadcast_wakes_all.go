// run

// Goroutines sleep in Cond.Wait until a Broadcast; Signal wakes one.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	woke := 0
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			woke++
			mu.Unlock()
		}()
	}
	runtime.Gosched() // they reach Wait (and sleep) before ready is set
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("woke", woke)

	queue := []int{}
	c2 := sync.NewCond(&sync.Mutex{})
	done := make(chan int)
	go func() {
		c2.L.Lock()
		for len(queue) == 0 {
			c2.Wait()
		}
		v := queue[0]
		c2.L.Unlock()
		done <- v
	}()
	c2.L.Lock()
	queue = append(queue, 42)
	c2.Signal()
	c2.L.Unlock()
	fmt.Println("got", <-done)
}

// Output:
// woke 4
// got 42
