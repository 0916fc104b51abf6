// run

// An RWMutex lets readers share it and gives writers exclusive access.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var rw sync.RWMutex
	data := map[int]int{}
	var wg sync.WaitGroup
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.Lock()
			n := len(data)
			runtime.Gosched()
			data[n] = n * n
			rw.Unlock()
		}()
	}
	reads := 0
	var rmu sync.Mutex
	for r := 0; r < 5; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			_ = len(data)
			rw.RUnlock()
			rmu.Lock()
			reads++
			rmu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(len(data), data[4], reads)
	fmt.Println(rw.TryRLock(), rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock())
	l := rw.RLocker()
	rw.Unlock()
	l.Lock()
	l.Unlock()
}

// Output:
// 5 16 5
// true true false
// true
