// run

// make(chan T, n) with a negative n computed at run time panics.
package main

func main() {
	n := -1
	ch := make(chan int, n)
	println(len(ch))
}

// Panic: makechan: size out of range
