// run

// Sleep on the real clock parks only the sleeping goroutine: others keep
// running meanwhile.
package main

import (
	"fmt"
	"time"
)

func main() {
	woke := make(chan bool)
	go func() {
		time.Sleep(30 * time.Millisecond)
		woke <- true
	}()
	count := 0
	for {
		select {
		case <-woke:
			fmt.Println("slept; main kept working:", count > 0)
			return
		default:
			count++
			time.Sleep(time.Millisecond)
		}
	}
}

// Output:
// slept; main kept working: true
