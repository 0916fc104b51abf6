// run

// panic with an int prints the number after "panic: ".
package main

func main() {
	defer println("deferred")
	panic(42)
}

// Output:
// deferred
// Panic: 42
