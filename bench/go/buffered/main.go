// buffered - the Go peer of bench/runtime/buffered.cc.
//
//	buffered [values=2000000] [gomaxprocs=2]
//
// A producer sends n values into a chan of capacity 128; main receives
// them all: ns per value.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
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

var sink uint64

func main() {
	n := arg(1, 2000000)
	runtime.GOMAXPROCS(int(arg(2, 2)))
	c := make(chan int64, 128)
	t0 := time.Now()
	go func() {
		for i := int64(0); i < n; i++ {
			c <- i
		}
		close(c)
	}()
	var sum uint64
	var got int64
	for v := range c {
		sum += uint64(v)
		got++
	}
	el := time.Since(t0)
	if got != n {
		fmt.Fprintf(os.Stderr, "buffered: got %d values, want %d\n", got, n)
		os.Exit(1)
	}
	sink = sum
	fmt.Printf("RESULT %.6g ns/op\n", float64(el.Nanoseconds())/float64(n))
}
