// run
// Flags: -p 4

// Once a cancel function has returned - even a second call, racing the
// first - every context derived from it is done: the children are cancelled
// before the parent's lock is released, as in Go.
package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	bad := 0
	for n := 0; n < 100; n++ {
		a, cancelA := context.WithCancel(context.Background())
		var leaves []context.Context
		for i := 0; i < 200; i++ {
			b, _ := context.WithCancel(a)
			leaves = append(leaves, b)
		}
		var wg sync.WaitGroup
		wg.Add(2)
		go func() { defer wg.Done(); cancelA() }()
		go func() {
			defer wg.Done()
			<-a.Done()
			cancelA()
			for _, b := range leaves {
				select {
				case <-b.Done():
				default:
					bad++
					return
				}
			}
		}()
		wg.Wait()
	}
	fmt.Println("children not done after cancel returned:", bad)
}

// Output:
// children not done after cancel returned: 0
