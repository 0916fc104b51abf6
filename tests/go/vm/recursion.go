// run

// Recursive calls: each call has its own frame.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fact(n uint64) uint64 {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func main() {
	println(fib(25), fact(20))
}

// Output:
// 75025 2432902008176640000
