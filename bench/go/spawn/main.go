// spawn - the Go peer of bench/runtime/spawn.cc.
//
//	spawn [goroutines=1000000] [gomaxprocs=2]
//
// wg.Add(n), n goroutines that each call wg.Done() and exit, wg.Wait():
// ns per goroutine.
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
	n := arg(1, 1000000)
	runtime.GOMAXPROCS(int(arg(2, 2)))
	var wg sync.WaitGroup
	t0 := time.Now()
	wg.Add(int(n))
	for i := int64(0); i < n; i++ {
		go func() { wg.Done() }()
	}
	wg.Wait()
	el := time.Since(t0)
	fmt.Printf("RESULT %.6g ns/op\n", float64(el.Nanoseconds())/float64(n))
}
