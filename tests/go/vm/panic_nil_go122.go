// run

// Since Go 1.21, an unrecovered panic(nil) reports a PanicNilError.
package main

func main() {
	println("start")
	panic(nil)
}

// Output:
// start
// Panic: panic called with nil argument
