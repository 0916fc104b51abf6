// run

// An empty select blocks forever; with nothing else to run, that is a
// deadlock.
package main

func main() {
	println("waiting")
	select {}
}

// Output:
// waiting
// Fatal: all goroutines are asleep - deadlock!
