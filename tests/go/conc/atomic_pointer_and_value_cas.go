// run

// atomic.Pointer and atomic.Value under contention: goroutines on several
// Ps increment through CompareAndSwap loops and no update is lost.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type cfg struct{ n int }

func main() {
	var p atomic.Pointer[cfg]
	var v atomic.Value
	var wg sync.WaitGroup
	var bad atomic.Int64
	p.Store(&cfg{0})
	v.Store(cfg{0})
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				for {
					old := p.Load()
					if p.CompareAndSwap(old, &cfg{old.n + 1}) {
						break
					}
				}
				for {
					old := v.Load().(cfg)
					if v.CompareAndSwap(old, cfg{old.n + 1}) {
						break
					}
				}
				if p.Load() == nil {
					bad.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(p.Load().n, v.Load().(cfg).n, bad.Load())
}

// Output:
// 80000 80000 0
