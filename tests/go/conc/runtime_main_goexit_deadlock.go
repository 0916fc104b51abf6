// run

// When main calls runtime.Goexit the program goes on while other
// goroutines run; once none is left, it dies with Go's deadlock message.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("other goroutine done")
	}()
	defer fmt.Println("main's deferred call")
	runtime.Goexit()
}

// Output:
// main's deferred call
// other goroutine done
// Fatal: no goroutines (main called runtime.Goexit) - deadlock!
