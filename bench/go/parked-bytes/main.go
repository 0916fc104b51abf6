// parked-bytes - the Go peer of bench/runtime/parked_bytes.cc.
//
//	parked-bytes [goroutines=100000] [gomaxprocs=1]
//
// RSS from /proc/self/statm before and after starting n goroutines that each
// signal a WaitGroup and block receiving from one shared channel: bytes per
// parked goroutine.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
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

func rssBytes() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		panic(err)
	}
	f := strings.Fields(string(b))
	pages, err := strconv.ParseInt(f[1], 10, 64)
	if err != nil {
		panic(err)
	}
	return pages * int64(os.Getpagesize())
}

func main() {
	n := arg(1, 100000)
	runtime.GOMAXPROCS(int(arg(2, 1)))
	c := make(chan int64)
	var started, exited sync.WaitGroup
	time.Sleep(10 * time.Millisecond)
	before := rssBytes()
	started.Add(int(n))
	exited.Add(int(n))
	for i := int64(0); i < n; i++ {
		go func() {
			started.Done()
			<-c
			exited.Done()
		}()
	}
	started.Wait()
	// The last ones to signal may not have parked yet.
	time.Sleep(20 * time.Millisecond)
	after := rssBytes()
	close(c)
	exited.Wait()
	fmt.Printf("RESULT %.6g bytes/goroutine\n", float64(after-before)/float64(n))
}
