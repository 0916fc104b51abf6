// pingpong - the Go peer of bench/runtime/pingpong.cc.
//
//	pingpong [rounds=1000000] [gomaxprocs=1]
//
// main sends on ping, the partner answers on pong: ns per round trip.
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
	n := arg(1, 1000000)
	runtime.GOMAXPROCS(int(arg(2, 1)))
	ping := make(chan int64)
	pong := make(chan int64)
	done := make(chan struct{})
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(done)
	}()
	for i := int64(0); i < 1000; i++ {
		ping <- i
		<-pong
	}
	var sum uint64
	t0 := time.Now()
	for i := int64(0); i < n; i++ {
		ping <- i
		sum += uint64(<-pong)
	}
	el := time.Since(t0)
	close(ping)
	<-done
	sink = sum
	fmt.Printf("RESULT %.6g ns/op\n", float64(el.Nanoseconds())/float64(n))
}
