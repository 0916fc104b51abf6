// HeartBeats, part 2: a pulse at the start of each unit of work.
//
// Instead of pulsing on a clock, the worker pulses each time it begins a
// unit of work. That tells the watcher two things: the worker is alive,
// and exactly when it has started something. This is what makes such a
// goroutine testable without sleeps: wait for the first pulse (the worker
// has started), then for each result with a generous timeout.
//
// The worker's units take different times (the slow one, 300ms, would
// look like a hang to a naive fixed wait); the watcher reads the pulse and
// the result of each unit in turn, and uses the pulse to restart its
// timeout, so only a unit that takes longer than 1s would be a failure.
//
// What to look at in the state panel while it runs:
//   - Channels: `heartbeat` (buffer 1) gets one pulse per unit, just
//     before the worker starts sleeping; `results` is unbuffered.
//   - Goroutines: the worker sleeping ("sleep") for each unit's time,
//     main waiting in "select" on results and its timeout.
package main

import (
	"fmt"
	"time"
)

func doWork(done <-chan struct{}, durations ...time.Duration) (<-chan struct{}, <-chan int) {
	heartbeat := make(chan struct{}, 1)
	results := make(chan int)
	go func() {
		defer close(heartbeat)
		defer close(results)
		for i, d := range durations {
			select { // pulse: "starting unit i"
			case heartbeat <- struct{}{}:
			default:
			}
			time.Sleep(d) // the unit of work
			select {
			case results <- i:
			case <-done:
				return
			}
		}
	}()
	return heartbeat, results
}

func main() {
	start := time.Now()
	since := func() time.Duration { return time.Since(start).Truncate(10 * time.Millisecond) }

	done := make(chan struct{})
	defer close(done)
	durations := []time.Duration{50 * time.Millisecond, 300 * time.Millisecond, 20 * time.Millisecond}
	heartbeat, results := doWork(done, durations...)

	const timeout = 1 * time.Second
	for range heartbeat { // one pulse per unit; ends when the worker closes it
		fmt.Printf("%v: pulse, a unit started\n", since())
		select {
		case r := <-results:
			fmt.Printf("%v: result %d\n", since(), r)
		case <-time.After(timeout):
			fmt.Println("a unit took longer than", timeout, "- the worker is stuck")
			return
		}
	}
	fmt.Printf("%v: all %d units done\n", since(), len(durations))
}

// Output:
// 0s: pulse, a unit started
// 50ms: result 0
// 50ms: pulse, a unit started
// 350ms: result 1
// 350ms: pulse, a unit started
// 370ms: result 2
// 370ms: all 3 units done
