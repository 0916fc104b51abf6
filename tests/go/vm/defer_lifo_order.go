// run

// Deferred calls run in last-in-first-out order when the function returns.
package main

func work() {
	defer println("work: deferred 1")
	defer println("work: deferred 2")
	for i := 0; i < 3; i++ {
		defer print("loop ", i, "\n")
	}
	println("work: body")
}

func main() {
	defer println("main: deferred")
	work()
	println("main: after work")
}

// Output:
// work: body
// loop 2
// loop 1
// loop 0
// work: deferred 2
// work: deferred 1
// main: after work
// main: deferred
