// run

// When main returns the program ends, even with goroutines still blocked
// or running.
package main

import "fmt"

func main() {
	block := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { <-block }()
	}
	go func() {
		for {
		}
	}()
	fmt.Println("main done")
}

// Output:
// main done
