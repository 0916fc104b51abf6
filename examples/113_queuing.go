// Queuing: buffers decouple stages; a full buffer limits work in flight.
//
// A buffered channel is a queue. Two uses, two lessons:
//  1. A buffer as a limit (a semaphore). `limit` has room for 3 tokens;
//     each job puts a token in before it starts and takes it out when it
//     ends, so at most 3 jobs run at once: cap(limit) sets the
//     concurrency. Nine jobs of 100ms finish in three waves.
//  2. A buffer between a fast producer and a slow consumer. Without a
//     buffer the producer waits for every hand-off; with one it finishes
//     early and goes on to other things. But the consumer takes just as
//     long: a queue does not speed up the pipeline, it decouples its
//     stages. (Adding a queue too early can also hide a deadlock, since
//     a send that should block no longer does until the buffer is full.)
//
// What to look at in the state panel while it runs:
//   - Channels: `limit` with its buffer of 3 full while three jobs run,
//     and main waiting in "chan send" for a free slot; in part 2 the queue
//     channel's buffer filling up, then draining one item per 100ms.
//   - Goroutines: at most three job goroutines sleeping at any time.
//   - WaitGroups: part 1's counter.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	// 1. At most 3 jobs at a time.
	limit := make(chan struct{}, 3)
	var (
		wg               sync.WaitGroup
		mu               sync.Mutex
		running, maxSeen int
		finishedAt       = map[time.Duration]int{}
	)
	start := time.Now()
	for i := 1; i <= 9; i++ {
		limit <- struct{}{} // blocks while 3 jobs hold a token
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			running++
			maxSeen = max(maxSeen, running)
			mu.Unlock()

			time.Sleep(100 * time.Millisecond) // the job

			mu.Lock()
			running--
			finishedAt[time.Since(start).Truncate(100*time.Millisecond)]++
			mu.Unlock()
			<-limit // give the token back
		}()
	}
	wg.Wait()
	fmt.Printf("limit %d: at most %d jobs ran at once\n", cap(limit), maxSeen)
	for _, t := range []time.Duration{100, 200, 300} {
		fmt.Printf("  finished at %v: %d jobs\n", t*time.Millisecond, finishedAt[t*time.Millisecond])
	}

	// 2. The same producer and consumer, with and without a queue.
	for _, size := range []int{0, 9} {
		queue := make(chan int, size)
		start := time.Now()
		producerDone := make(chan time.Duration, 1)
		go func() {
			for i := 0; i < 9; i++ {
				queue <- i // fast producer
			}
			close(queue)
			producerDone <- time.Since(start).Truncate(100 * time.Millisecond)
		}()
		for range queue {
			time.Sleep(100 * time.Millisecond) // slow consumer
		}
		total := time.Since(start).Truncate(100 * time.Millisecond)
		fmt.Printf("buffer %d: producer done after %v, consumer after %v\n", size, <-producerDone, total)
	}
}

// Output:
// limit 3: at most 3 jobs ran at once
//   finished at 100ms: 3 jobs
//   finished at 200ms: 3 jobs
//   finished at 300ms: 3 jobs
// buffer 0: producer done after 800ms, consumer after 900ms
// buffer 9: producer done after 0s, consumer after 900ms
