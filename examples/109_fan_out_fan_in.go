// Fan-out and fan-in: several goroutines share one slow stage.
//
// When one stage of a pipeline is slow and its items are independent, run
// several copies of it:
//   - fan-out: start N workers that all read the same input channel; each
//     item goes to exactly one of them;
//   - fan-in: merge the workers' output channels back into one. merge
//     starts a forwarding goroutine per input and closes its output when a
//     WaitGroup says all inputs are drained.
//
// Nine jobs of 100ms each: one worker would need 900ms, three need 300ms.
//
// What varies: which worker takes which job, and the order in which the
// results arrive. The program sorts the results and checks the total, so
// its output is fixed. (The elapsed time is exact with the virtual clock;
// on the real clock it is truncated to 100ms.)
//
// What to look at in the state panel while it runs:
//   - Goroutines: three workers sleeping ("sleep") at once, three merge
//     forwarders waiting in "chan receive", main in "chan receive".
//   - Channels: `jobs` has several receivers queued (the fan-out); `out`,
//     the merged channel, has the forwarders queued as senders (the
//     fan-in).
//   - WaitGroups: merge's counter drops from 3 to 0 as workers finish.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type result struct {
	worker, job, square int
}

// worker squares jobs slowly until the jobs channel is closed.
func worker(id int, jobs <-chan int) <-chan result {
	out := make(chan result)
	go func() {
		defer close(out)
		for j := range jobs {
			time.Sleep(100 * time.Millisecond) // the slow part
			out <- result{worker: id, job: j, square: j * j}
		}
	}()
	return out
}

// merge fans several channels in to one.
func merge(channels ...<-chan result) <-chan result {
	var wg sync.WaitGroup
	out := make(chan result)
	wg.Add(len(channels))
	for _, c := range channels {
		go func(c <-chan result) {
			defer wg.Done()
			for r := range c {
				out <- r
			}
		}(c)
	}
	go func() {
		wg.Wait() // every input drained
		close(out)
	}()
	return out
}

func main() {
	jobs := make(chan int)
	go func() {
		defer close(jobs)
		for j := 1; j <= 9; j++ {
			jobs <- j
		}
	}()

	start := time.Now()
	const numWorkers = 3
	workers := make([]<-chan result, numWorkers)
	for i := range workers {
		workers[i] = worker(i+1, jobs) // fan-out: all read `jobs`
	}

	var squares []int
	perWorker := map[int]int{}
	for r := range merge(workers...) { // fan-in
		squares = append(squares, r.square)
		perWorker[r.worker]++
	}
	elapsed := time.Since(start).Truncate(100 * time.Millisecond)

	sort.Ints(squares)
	fmt.Println("squares:", squares)
	fmt.Println("every worker got 3 jobs:", perWorker[1] == 3 && perWorker[2] == 3 && perWorker[3] == 3)
	fmt.Printf("%d jobs of 100ms with %d workers took %v\n", len(squares), numWorkers, elapsed)
}

// Output:
// squares: [1 4 9 16 25 36 49 64 81]
// every worker got 3 jobs: true
// 9 jobs of 100ms with 3 workers took 300ms
