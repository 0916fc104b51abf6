// run

// Operations on a nil channel block forever.
package main

func main() {
	var ch chan int
	println("before")
	ch <- 1
	println("never")
}

// Output:
// before
// Fatal: all goroutines are asleep - deadlock!
