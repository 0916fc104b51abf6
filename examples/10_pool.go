// Pool: reusing expensive objects instead of making new ones.
//
// A sync.Pool keeps spare objects. Get hands out a spare one if there is
// one, or calls New to make one; Put gives an object back for reuse. It is
// for things that are costly to allocate and used briefly, such as
// buffers. The pool may drop its spare objects at any time (at a garbage
// collection, for instance), so never keep anything in it that must
// survive, like an open connection you count on.
//
// Part 1 walks through Get, Put and Get on one goroutine. Part 2 lets 1000
// short-lived workers each borrow a 1 KiB buffer: because each one puts
// its buffer back before the next needs one, a handful of buffers serve
// them all.
//
// What to look at in the state panel while it runs:
//   - Goroutines: the workers appear and finish in waves, each one holding
//     a buffer only for a moment; Pool guards its spare list with a mutex,
//     so you may catch a worker waiting on it ("sync.Mutex.Lock").
//   - WaitGroup: the counter falls from 1000 to 0.
//
// What varies: how many buffers part 2 creates depends on how the workers
// overlap (with GOMAXPROCS 1 usually one; with more Ps a few). The program
// checks that it is far fewer than the number of workers; the count itself
// is matched by a regexp (see examples/README.md).
package main

import (
	"fmt"
	"sync"
)

func main() {
	// Part 1: Get, Put, Get.
	made := 0
	pool := &sync.Pool{
		New: func() any {
			made++
			fmt.Println("  New: creating instance", made)
			return made
		},
	}
	fmt.Println("Get on an empty pool:")
	first := pool.Get()
	fmt.Println("  got", first)
	fmt.Println("Put it back, then Get again:")
	pool.Put(first)
	fmt.Println("  got", pool.Get(), "(reused, no New)")
	fmt.Println("Get again while it is out:")
	fmt.Println("  got", pool.Get())

	// Part 2: many workers, few buffers.
	var mu sync.Mutex // guards created (New runs on the workers' goroutines)
	created := 0
	buffers := &sync.Pool{
		New: func() any {
			mu.Lock()
			created++
			mu.Unlock()
			buf := make([]byte, 1024)
			return &buf // a pointer, so Put does not copy the slice header
		},
	}

	const workers = 1000
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := buffers.Get().(*[]byte)
			defer buffers.Put(buf)
			// Something quick with the buffer: fill it with this worker's
			// number.
			for j := range *buf {
				(*buf)[j] = byte(i)
			}
		}()
	}
	wg.Wait()
	fmt.Printf("%d workers were served by %d buffer(s)\n", workers, created)
	fmt.Println("far fewer buffers than workers:", created <= workers/10)
}

// Output regexp:
// Get on an empty pool:
//   New: creating instance 1
//   got 1
// Put it back, then Get again:
//   got 1 \(reused, no New\)
// Get again while it is out:
//   New: creating instance 2
//   got 2
// 1000 workers were served by \d+ buffer\(s\)
// far fewer buffers than workers: true
