// run

// Recovering and panicking again from a deferred func propagates the new panic to the caller.
package main

func cleanup() {
	defer func() {
		r := recover()
		println("cleanup saw:", r.(string))
		panic("wrapped: " + r.(string))
	}()
	panic("disk full")
}

func main() {
	defer println("main deferred runs")
	cleanup()
}

// Output:
// cleanup saw: disk full
// main deferred runs
// Panic: disk full [recovered]
