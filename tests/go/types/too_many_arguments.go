// errorcheck

// A call cannot supply more arguments than there are parameters.
package main

func square(n int) int { return n * n }

func main() {
	_ = square(1, 2) // ERROR "^too many arguments in call to square$"
}
