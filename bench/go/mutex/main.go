// mutex - the Go peer of bench/runtime/mutex.cc.
//
//	mutex [ops=2000000] [gomaxprocs=2]
//
// Four goroutines each do ops/4 Lock; counter++; Unlock: ns per pair.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

func arg(i int, def int64) int64 {
	if i < len(os.Args) && os.Args[i] != "" {
		v, err := strconv.ParseInt(os.Args[i], 10, 64)
		if err == nil {
			return v
		}
	}
	return def
}

func main() {
	n := arg(1, 2000000) / 4 * 4
	runtime.GOMAXPROCS(int(arg(2, 2)))
	var mu sync.Mutex
	var wg sync.WaitGroup
	var counter int64
	t0 := time.Now()
	wg.Add(4)
	for k := 0; k < 4; k++ {
		go func() {
			for i := int64(0); i < n/4; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
			wg.Done()
		}()
	}
	wg.Wait()
	el := time.Since(t0)
	if counter != n {
		fmt.Fprintf(os.Stderr, "mutex: counter %d, want %d\n", counter, n)
		os.Exit(1)
	}
	fmt.Printf("RESULT %.6g ns/op\n", float64(el.Nanoseconds())/float64(n))
}
