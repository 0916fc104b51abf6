// run

// runtime.Goexit ends the calling goroutine from any depth after running
// its deferred calls, innermost first; recover returns nil in them and
// does not stop it; other goroutines go on.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func leave() {
	defer fmt.Println("leave's deferred call")
	runtime.Goexit()
	fmt.Println("not reached in leave")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			fmt.Println("recover:", recover())
		}()
		leave()
		fmt.Println("not reached in the goroutine")
	}()
	wg.Wait()
	fmt.Println("main goes on")
}

// Output:
// leave's deferred call
// recover: <nil>
// main goes on
