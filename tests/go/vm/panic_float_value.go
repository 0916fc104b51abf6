// run

// panic with a float64 prints it in the same format as println.
package main

func main() {
	panic(3.5)
}

// Panic: +3.500000e+000
