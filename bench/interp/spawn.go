// Spawn and exit: 1000000 goroutines, each marking a WaitGroup done.
package main

import "sync"

func main() {
	const n = 1000000
	var wg sync.WaitGroup
	var mu sync.Mutex
	count := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			mu.Lock()
			count++
			mu.Unlock()
			wg.Done()
		}()
	}
	wg.Wait()
	println(count)
}
