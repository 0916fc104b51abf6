// parallel - the Go peer of bench/runtime/parallel.cc.
//
//	parallel [work=200000000] [gomaxprocs=2] [goroutines=16]
//
// `work` rounds of an integer mixing function split over `goroutines`
// goroutines; timed twice at GOMAXPROCS 1 and twice at GOMAXPROCS procs,
// alternately. Prints best time(1) / best time(procs), the speedup.
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

func crunch(seed uint64, rounds int64) uint64 {
	x := seed*0x9E3779B97F4A7C15 + 1
	for i := int64(0); i < rounds; i++ {
		x ^= x >> 31
		x *= 0xBF58476D1CE4E5B9
		x ^= x >> 29
	}
	return x
}

func job(work int64, parts int) time.Duration {
	out := make(chan uint64, parts)
	t0 := time.Now()
	for k := 0; k < parts; k++ {
		go func(k int) { out <- crunch(uint64(k), work/int64(parts)) }(k)
	}
	var sum uint64
	for k := 0; k < parts; k++ {
		sum += <-out
	}
	el := time.Since(t0)
	sink = sum
	return el
}

func main() {
	work := arg(1, 200000000)
	procs := int(arg(2, 2))
	parts := int(arg(3, 16))
	runtime.GOMAXPROCS(1)
	job(work/4, parts) // warm up
	// Two rounds of (1 P, procs Ps), keeping each side's best time.
	t1, tn := time.Duration(1<<62), time.Duration(1<<62)
	for round := 0; round < 2; round++ {
		runtime.GOMAXPROCS(1)
		if t := job(work, parts); t < t1 {
			t1 = t
		}
		runtime.GOMAXPROCS(procs)
		if t := job(work, parts); t < tn {
			tn = t
		}
	}
	fmt.Printf("RESULT %.6g speedup\n", float64(t1)/float64(tn))
}
