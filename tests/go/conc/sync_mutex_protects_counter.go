// run

// A Mutex serializes updates from many goroutines; WaitGroup waits for
// them all. Gosched lets the others run in the middle of the work.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v := c.n[key]
	runtime.Gosched() // another goroutine runs here, but cannot get the lock
	c.n[key] = v + 1
}

func main() {
	c := counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				c.inc("hits")
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.n["hits"])
	fmt.Println(c.mu.TryLock(), c.mu.TryLock())
	c.mu.Unlock()
}

// Output:
// 1000
// true false
