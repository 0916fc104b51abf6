// run

// Unbounded recursion ends with Go's stack overflow fatal error, not a crash.
package main

func f(n int) int { return f(n+1) + 1 }

func main() {
	println(f(0))
}

// Fatal: stack overflow
