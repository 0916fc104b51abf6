// Deadlocks (1 of 4): two mutexes locked in opposite orders. This program
// ends in Go's deadlock error, on purpose.
//
// A deadlock is a set of goroutines that all wait for one another, so none
// can ever go on. Here printSum(a, b) locks a then b, while printSum(b, a)
// locks b then a. Each goroutine gets its first lock, pauses, and then
// waits forever for the lock the other one holds. main waits for both
// (wg.Wait), so every goroutine is blocked and the runtime stops the
// program: "fatal error: all goroutines are asleep - deadlock!"
//
// The four conditions that all hold here (the Coffman conditions): the
// locks are exclusive; each goroutine holds one lock while waiting for
// another; nobody can take a lock away from its holder; and the waiting
// forms a circle (first waits for second waits for first). Break any one
// and the deadlock cannot happen: 12_deadlock_lock_order_fixed.go breaks
// the circle.
//
// What to look at in the state panel while it runs:
//   - Mutexes: a is owned by the first printSum and wanted by the second;
//     b the other way round. The waiting forms a circle.
//   - Goroutines: both printSums wait with "sync.Mutex.Lock", main with
//     "sync.WaitGroup.Wait". Nothing is runnable and no timer is pending.
package main

import (
	"fmt"
	"sync"
	"time"
)

type value struct {
	mu    sync.Mutex
	name  string
	value int
}

func main() {
	var wg sync.WaitGroup
	printSum := func(v1, v2 *value) {
		defer wg.Done()
		v1.mu.Lock()
		defer v1.mu.Unlock()
		fmt.Printf("locked %s, now waiting for %s\n", v1.name, v2.name)

		time.Sleep(10 * time.Millisecond) // time for the other to take its first lock

		v2.mu.Lock() // blocks forever: the other goroutine holds v2
		defer v2.mu.Unlock()
		fmt.Printf("sum=%v\n", v1.value+v2.value)
	}

	a := &value{name: "a", value: 1}
	b := &value{name: "b", value: 2}
	wg.Add(2)
	go printSum(a, b)
	time.Sleep(time.Millisecond) // only to make the printed order fixed
	go printSum(b, a)
	wg.Wait()
	fmt.Println("never printed")
}

// Output:
// locked a, now waiting for b
// locked b, now waiting for a
// Fatal: all goroutines are asleep - deadlock!
