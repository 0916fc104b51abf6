// run
// Flags: -mem 8MiB

// Goroutine stacks count against the heap limit: many goroutines each
// recursing deeply (every one far below the stack limit) end in Go's
// out-of-memory fatal error once their stacks together reach it.
package main

func deep(n int) int {
	if n == 0 {
		select {}
	}
	return deep(n-1) + 1
}

func main() {
	for i := 0; ; i++ {
		go deep(2000)
	}
}

// Output:
// Fatal: runtime: out of memory
