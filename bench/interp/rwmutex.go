// The workload of the guide's RWMutex section: one writer that locks and
// unlocks five times, sleeping between, against 1, 2, 4, ... 2^17 readers
// that each take the lock once; every size runs with the readers taking
// the read lock of a RWMutex, then with the readers taking the write lock.
// The timing table goes to a tabwriter on stdout, as in the guide.
package main

import (
	"fmt"
	"os"
	"sync"
	"text/tabwriter"
	"time"
)

func writer(wg *sync.WaitGroup, l sync.Locker) {
	defer wg.Done()
	for i := 0; i < 5; i++ {
		l.Lock()
		l.Unlock()
		time.Sleep(1)
	}
}

func reader(wg *sync.WaitGroup, l sync.Locker) {
	defer wg.Done()
	l.Lock()
	defer l.Unlock()
}

// round times one writer on w against readers goroutines on r.
func round(readers int, w, r sync.Locker) time.Duration {
	var wg sync.WaitGroup
	wg.Add(readers + 1)
	start := time.Now()
	go writer(&wg, w)
	for i := 0; i < readers; i++ {
		go reader(&wg, r)
	}
	wg.Wait()
	return time.Since(start)
}

func main() {
	tw := tabwriter.NewWriter(os.Stdout, 0, 1, 2, ' ', 0)
	defer tw.Flush()
	var m sync.RWMutex
	fmt.Fprintf(tw, "Readers\tRWMutex\tMutex\n")
	for i := 0; i < 18; i++ {
		n := 1 << i
		fmt.Fprintf(tw, "%d\t%v\t%v\n", n, round(n, &m, m.RLocker()), round(n, &m, &m))
	}
}
