// run

// sync/atomic's functions and typed values.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var hits atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&n, 2)
				hits.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), hits.Load())

	var u uint32 = 5
	fmt.Println(atomic.CompareAndSwapUint32(&u, 5, 9), atomic.CompareAndSwapUint32(&u, 5, 1), u)
	fmt.Println(atomic.SwapUint32(&u, 3), u)
	var i32 int32
	fmt.Println(atomic.AddInt32(&i32, -7))
	atomic.StoreInt32(&i32, 11)
	fmt.Println(atomic.LoadInt32(&i32))

	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.Load())
	var u64 atomic.Uint64
	u64.Store(1 << 40)
	fmt.Println(u64.Add(1))

	type config struct{ name string }
	var p atomic.Pointer[config]
	fmt.Println(p.Load() == nil)
	p.Store(&config{"a"})
	old := p.Swap(&config{"b"})
	fmt.Println(old.name, p.Load().name)

	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("hello")
	fmt.Println(v.Load())
	defer func() { fmt.Println(recover()) }()
	v.Store(42)
}

// Output:
// 2000 1000
// true false 9
// 9 3
// -7
// 11
// false true true
// 1099511627777
// true
// a b
// <nil>
// hello
// sync/atomic: store of inconsistently typed value into Value
