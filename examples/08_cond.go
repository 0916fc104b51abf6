// Cond: sleeping until a condition may have changed (Signal and Broadcast).
//
// A sync.Cond lets goroutines wait, without spinning, until another
// goroutine tells them "something changed, look again". Always:
//
//	c.L.Lock()
//	for !condition() { c.Wait() } // Wait unlocks, sleeps, locks again
//	... use the state ...
//	c.L.Unlock()
//
// Wait is in a loop because being woken only means "check again".
//
// Part 1, Signal: a queue that holds at most 2 items. The producer waits
// while it is full; a consumer takes one item out every 10ms and calls
// Signal, which wakes ONE waiting goroutine (the producer).
//
// Part 2, Broadcast: three handlers subscribe to a button's click and wait;
// one click calls Broadcast, which wakes ALL of them.
//
// What to look at in the state panel while it runs:
//   - Goroutines: the producer waits with "sync.Cond.Wait" whenever the
//     queue is full; in part 2 all three handlers wait there at once, then
//     all become runnable together after Broadcast.
//   - Mutexes: the Cond's mutex is free while its waiters sleep (Wait
//     released it) and briefly owned by each one as it wakes.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func signalQueue() {
	c := sync.NewCond(&sync.Mutex{})
	queue := make([]int, 0, 2)
	done := make(chan struct{})

	// The consumer: every 10ms, take one item and Signal.
	go func() {
		for taken := 0; taken < 5; taken++ {
			time.Sleep(10 * time.Millisecond)
			c.L.Lock()
			for len(queue) == 0 { // nothing yet: wait too
				c.Wait()
			}
			item := queue[0]
			queue = queue[1:]
			fmt.Println("  took", item)
			c.L.Unlock()
			c.Signal() // room for one more: wake one waiter
		}
		close(done)
	}()

	// The producer (main): put five items in, never more than two at once.
	for item := 1; item <= 5; item++ {
		c.L.Lock()
		for len(queue) == 2 {
			c.Wait() // full: sleep until the consumer signals
		}
		fmt.Println("put", item)
		queue = append(queue, item)
		c.L.Unlock()
		c.Signal() // an item is there: wake the consumer if it waits
	}
	<-done
}

type Button struct {
	Clicked *sync.Cond
}

func broadcastButton() {
	button := Button{Clicked: sync.NewCond(&sync.Mutex{})}
	clicked := false // the condition, guarded by button.Clicked.L

	var mu sync.Mutex // guards ran
	var ran []string
	var handlers sync.WaitGroup

	subscribe := func(name string) {
		var running sync.WaitGroup
		running.Add(1)
		handlers.Add(1)
		go func() {
			defer handlers.Done()
			button.Clicked.L.Lock()
			running.Done() // registered: we hold the lock, so we wait before any click
			for !clicked {
				button.Clicked.Wait()
			}
			button.Clicked.L.Unlock()
			mu.Lock()
			ran = append(ran, name)
			mu.Unlock()
		}()
		running.Wait()
	}
	subscribe("maximize the window")
	subscribe("display a dialog box")
	subscribe("log the mouse click")

	time.Sleep(10 * time.Millisecond) // the handlers wait; look at the panel
	button.Clicked.L.Lock()
	clicked = true
	button.Clicked.L.Unlock()
	button.Clicked.Broadcast() // one click wakes every handler

	handlers.Wait()
	sort.Strings(ran) // they ran in some order; print them sorted
	fmt.Printf("one Broadcast woke %d handlers:\n", len(ran))
	for _, r := range ran {
		fmt.Println(" ", r)
	}
}

func main() {
	fmt.Println("Signal: a queue of at most 2")
	signalQueue()
	fmt.Println("Broadcast: a button")
	broadcastButton()
}

// Output:
// Signal: a queue of at most 2
// put 1
// put 2
//   took 1
// put 3
//   took 2
// put 4
//   took 3
// put 5
//   took 4
//   took 5
// Broadcast: a button
// one Broadcast woke 3 handlers:
//   display a dialog box
//   log the mouse click
//   maximize the window
