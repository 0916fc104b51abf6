// HeartBeats, part 1: a pulse on a time interval.
//
// A heartbeat is a signal a goroutine sends to say "I am alive", so the
// goroutine watching it can tell "slow" from "stuck". With an interval
// heartbeat the worker pulses every pulseInterval whether or not it has a
// result ready; the watcher waits for the next pulse or result with a
// timeout of a bit more than two intervals. No pulse in that time means
// the worker is unhealthy, and the watcher can stop it or restart it
// instead of waiting forever.
//
// The pulse is sent with a select/default on a channel with a buffer of 1:
// if nobody is listening, the worker does not block on its own heartbeat.
//
// Here the worker is buggy: after three results it hangs (an empty
// select, standing for a deadlock or an endless wait deep in its code).
// It stops pulsing too, and the watcher notices: it stops waiting and
// reports the worker as unhealthy (a real program would restart it; the
// stuck worker here does not even listen to `done` any more).
//
// Timeline (ms): pulses at 100, 200, 300; results at 130, 260, 390; the
// worker hangs at 390, and 250ms later, at 640, the watcher gives up.
// With the virtual clock these times are exact and the run is instant.
//
// What to look at in the state panel while it runs:
//   - Goroutines: the worker waiting in "select" on its ticker, its work
//     timer and done; main waiting in "select" on heartbeat, results and a
//     fresh timeout timer each round. At the end the worker waits in
//     "select (no cases)" forever.
//   - Channels: `heartbeat` with its buffer of 1.
package main

import (
	"fmt"
	"time"
)

const (
	pulseInterval = 100 * time.Millisecond
	workTime      = 130 * time.Millisecond
)

func doWork(done <-chan struct{}) (<-chan struct{}, <-chan int) {
	heartbeat := make(chan struct{}, 1)
	results := make(chan int)
	go func() {
		pulse := time.NewTicker(pulseInterval)
		defer pulse.Stop()
		sendPulse := func() {
			select {
			case heartbeat <- struct{}{}:
			default: // nobody listening: drop the pulse, never block
			}
		}
		for i := 0; i < 3; i++ {
			work := time.After(workTime)
		waitForWork:
			for {
				select {
				case <-done:
					return
				case <-pulse.C:
					sendPulse()
				case <-work:
					break waitForWork
				}
			}
			select {
			case results <- i:
			case <-done:
				return
			}
		}
		select {} // the bug: stuck forever, no more pulses
	}()
	return heartbeat, results
}

func main() {
	start := time.Now()
	since := func() time.Duration { return time.Since(start).Truncate(10 * time.Millisecond) }

	done := make(chan struct{})
	defer close(done)
	heartbeat, results := doWork(done)

	const timeout = 2*pulseInterval + pulseInterval/2
	for {
		select {
		case <-heartbeat:
			fmt.Printf("%v: pulse\n", since())
		case r := <-results:
			fmt.Printf("%v: result %d\n", since(), r)
		case <-time.After(timeout):
			fmt.Printf("%v: no heartbeat for %v: worker goroutine is not healthy!\n", since(), timeout)
			return
		}
	}
}

// Output:
// 100ms: pulse
// 130ms: result 0
// 200ms: pulse
// 260ms: result 1
// 300ms: pulse
// 390ms: result 2
// 640ms: no heartbeat for 250ms: worker goroutine is not healthy!
