// run

// Closing a channel twice panics.
package main

func main() {
	ch := make(chan bool)
	close(ch)
	close(ch)
}

// Panic: close of closed channel
