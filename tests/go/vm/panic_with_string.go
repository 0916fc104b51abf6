// run

// panic with a string prints it after "panic: " and exits with status 2.
package main

func main() {
	panic("something went wrong")
}

// Panic: something went wrong
