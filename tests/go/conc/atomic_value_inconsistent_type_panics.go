// run

// An atomic.Value keeps one concrete type: a Store of another type panics
// (after Load, Swap and CompareAndSwap of the same type worked).
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(1)
	fmt.Println(v.Swap(2), v.Load())
	fmt.Println(v.CompareAndSwap(1, 3), v.CompareAndSwap(2, 3), v.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(nil)
	}()
	v.Store("two")
}

// Output:
// <nil>
// 1 2
// false true 3
// recovered: sync/atomic: store of nil value into Value
// Panic: sync/atomic: store of inconsistently typed value into Value
