// Parked goroutines: n goroutines (argument, default 100000) each block
// receiving from one channel, then the program exits with them still
// parked. bench/run.mjs takes the peak RSS at n and at 0 and reports the
// difference per goroutine.
package main

import (
	"os"
	"strconv"
	"sync"
)

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	block := make(chan int)
	var started sync.WaitGroup
	started.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			<-block
		}()
	}
	started.Wait()
	println(n)
}
