// run

// Integer division by zero panics at run time.
package main

func div(a, b int) int { return a / b }

func main() {
	println(div(1, 0))
}

// Panic: runtime error: integer divide by zero
