// run
// Flags: -mem 4MiB

// Goroutines count against the heap limit: a program that starts blocked
// goroutines forever ends with Go's out-of-memory fatal error when their
// records and stacks reach the limit (here 4 MiB, about 6,000
// goroutines), not with the process (or the browser tab) out of memory.
package main

func main() {
	for {
		go func() { select {} }()
	}
}

// Output:
// Fatal: runtime: out of memory
