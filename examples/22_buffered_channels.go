// Channels: buffered channels.
//
// make(chan T, n) gives a channel a buffer of n values. A send only waits
// when the buffer is full; a receive only waits when it is empty. So a
// buffer lets a fast producer run ahead of a slow consumer, by up to n
// values, and then the producer is held back to the consumer's pace.
//
// Here the producer sends 6 items as fast as it can; the consumer starts
// at 5ms and takes one every 10ms. The first 4 sends finish at once (they
// fill the buffer); from then on each send waits for the consumer to make
// room. len(ch) is how many values wait in the buffer, cap(ch) its size.
// After close, the consumer still receives what is in the buffer.
//
// What to look at in the state panel while it runs:
//   - Channels: `queue` shows its buffer filling to 4/4, then the producer
//     as a waiting sender ("chan send") whenever the buffer is full.
//   - Goroutines: the consumer sleeps between items; the producer waits.
//   - Clock: the times are exact under the virtual clock (the menu runs
//     this with it); on the real clock they may drift by a millisecond.
package main

import (
	"fmt"
	"time"
)

func main() {
	queue := make(chan int, 4)
	start := time.Now()
	elapsed := func() int64 { return time.Since(start).Truncate(time.Millisecond).Milliseconds() }

	received := make(chan []int)
	go func() { // the slow consumer: starts at 5ms, then one item per 10ms
		var got []int
		time.Sleep(5 * time.Millisecond)
		for item := range queue {
			got = append(got, item)
			time.Sleep(10 * time.Millisecond)
		}
		received <- got
	}()

	// The producer (main): each line tells when its send completed.
	for i := 1; i <= 6; i++ {
		queue <- i
		fmt.Printf("%2dms  sent %d  (buffer %d/%d)\n", elapsed(), i, len(queue), cap(queue))
	}
	close(queue) // the values still in the buffer are delivered first
	fmt.Printf("%2dms  closed the channel\n", elapsed())

	fmt.Println("the consumer received", <-received)
}

// Output:
//  0ms  sent 1  (buffer 1/4)
//  0ms  sent 2  (buffer 2/4)
//  0ms  sent 3  (buffer 3/4)
//  0ms  sent 4  (buffer 4/4)
//  5ms  sent 5  (buffer 4/4)
// 15ms  sent 6  (buffer 4/4)
// 15ms  closed the channel
// the consumer received [1 2 3 4 5 6]
