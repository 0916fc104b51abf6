// run

// When a goroutine panics, its deferred calls run (innermost first) before
// the panic is reported.
package main

func inner() {
	defer println("inner deferred")
	var s []int
	_ = s[3]
}

func main() {
	defer println("main deferred")
	println("start")
	inner()
}

// Output:
// start
// inner deferred
// main deferred
// Panic: runtime error: index out of range [3] with length 0
