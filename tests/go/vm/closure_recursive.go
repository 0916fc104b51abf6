// run

// A closure can call itself when its variable is declared before the literal is assigned.
package main

func main() {
	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(10), fib(20))
	var visit func(n, depth int) int
	calls := 0
	visit = func(n, depth int) int {
		calls++
		if n == 0 {
			return depth
		}
		return visit(n-1, depth+1)
	}
	println(visit(5, 0), calls)
}

// Output:
// 55 6765
// 5 6
