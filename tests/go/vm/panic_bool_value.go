// run

// panic with a bool prints true or false.
package main

func main() {
	panic(false)
}

// Panic: false
