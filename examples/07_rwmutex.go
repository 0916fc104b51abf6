// RWMutex: many readers at once, or one writer.
//
// sync.RWMutex has two kinds of lock. RLock/RUnlock is a read lock: any
// number of goroutines may hold it together. Lock/Unlock is the write lock:
// its holder is alone, with no readers and no other writer.
//
// Part 1, a timing table like the guide's: N readers each hold the lock
// for 10ms of "reading". With the read lock they read side by side, so the
// whole test takes 10ms however many there are; with a plain Mutex they
// take turns, N x 10ms. m.RLocker() is a sync.Locker whose Lock is RLock,
// so the same test code runs both ways.
//
// Part 2, a writer among readers: three readers hold the read lock; a
// writer asks for the write lock and waits for them; a reader that comes
// later waits behind the pending writer (so readers cannot starve a
// writer), and reads only after the writer is done.
//
// Clock: the durations are exact under the virtual clock (the menu runs
// this with it), where sleeping goroutines cost no wall time. On the real
// clock each sleep overshoots a little; the table truncates to 10ms steps,
// so it usually still matches.
//
// What to look at in the state panel while it runs:
//   - Mutexes: the RWMutex shows several readers holding it at once; a
//     writer waiting with "sync.RWMutex.Lock"; the late reader waiting with
//     "sync.RWMutex.RLock".
//   - Goroutines: in the Mutex rows, one reader sleeps and the rest wait.
package main

import (
	"fmt"
	"os"
	"sort"
	"sync"
	"text/tabwriter"
	"time"
)

// readAll starts n readers that each hold l for 10ms, and returns how long
// they took together.
func readAll(n int, l sync.Locker) time.Duration {
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l.Lock()
			defer l.Unlock()
			time.Sleep(10 * time.Millisecond) // reading
		}()
	}
	wg.Wait()
	return time.Since(start).Truncate(10 * time.Millisecond)
}

func main() {
	var rw sync.RWMutex
	var m sync.Mutex

	tw := tabwriter.NewWriter(os.Stdout, 0, 1, 2, ' ', 0)
	fmt.Fprintf(tw, "Readers\tRWMutex\tMutex\n")
	for n := 1; n <= 32; n *= 2 {
		fmt.Fprintf(tw, "%d\t%v\t%v\n", n, readAll(n, rw.RLocker()), readAll(n, &m))
	}
	tw.Flush()
	fmt.Println()

	// Part 2: what happens when, on a shared timeline.
	var mu sync.Mutex // guards events
	var events []string
	start := time.Now()
	note := func(what string) {
		ms := time.Since(start).Truncate(time.Millisecond).Milliseconds()
		mu.Lock()
		events = append(events, fmt.Sprintf("%3dms  %s", ms, what))
		mu.Unlock()
	}

	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			note(fmt.Sprintf("reader %d reads", i))
			time.Sleep(10 * time.Millisecond)
			rw.RUnlock()
		}()
	}
	wg.Add(2)
	go func() {
		defer wg.Done()
		time.Sleep(time.Millisecond) // arrives while the readers read
		rw.Lock()
		note("writer writes (alone)")
		time.Sleep(10 * time.Millisecond)
		rw.Unlock()
	}()
	go func() {
		defer wg.Done()
		time.Sleep(5 * time.Millisecond) // arrives after the writer asked
		rw.RLock()
		note("late reader reads")
		rw.RUnlock()
	}()
	wg.Wait()

	sort.Strings(events) // by time, then by name
	for _, e := range events {
		fmt.Println(e)
	}
}

// Output:
// Readers  RWMutex  Mutex
// 1        10ms     10ms
// 2        10ms     20ms
// 4        10ms     40ms
// 8        10ms     80ms
// 16       10ms     160ms
// 32       10ms     320ms
//
//   0ms  reader 1 reads
//   0ms  reader 2 reads
//   0ms  reader 3 reads
//  10ms  writer writes (alone)
//  20ms  late reader reads
