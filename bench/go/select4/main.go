// select4 - the Go peer of bench/runtime/select4.cc.
//
//	select4 [values=1000000] [gomaxprocs=2]
//
// Four producers each send n/4 values on their own unbuffered channel; main
// selects over the four until it has all n: ns per value.
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
	n := arg(1, 1000000) / 4 * 4
	runtime.GOMAXPROCS(int(arg(2, 2)))
	var c [4]chan int64
	for k := range c {
		c[k] = make(chan int64)
	}
	t0 := time.Now()
	for k := 0; k < 4; k++ {
		go func(ch chan int64) {
			for i := int64(0); i < n/4; i++ {
				ch <- i
			}
		}(c[k])
	}
	var sum uint64
	var v int64
	for got := int64(0); got < n; got++ {
		select {
		case v = <-c[0]:
		case v = <-c[1]:
		case v = <-c[2]:
		case v = <-c[3]:
		}
		sum += uint64(v)
	}
	el := time.Since(t0)
	sink = sum
	fmt.Printf("RESULT %.6g ns/op\n", float64(el.Nanoseconds())/float64(n))
}
