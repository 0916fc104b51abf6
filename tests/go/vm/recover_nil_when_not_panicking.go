// run

// recover returns nil when there is no panic in progress, both in ordinary
// code and in a deferred call during a normal return.
package main

func normal() {
	defer func() {
		r := recover()
		println("deferred, recover nil:", r == nil)
	}()
	println("normal body")
}

func main() {
	println("direct:", recover() == nil)
	normal()
	println("done")
}

// Output:
// direct: true
// normal body
// deferred, recover nil: true
// done
