// run

// Goroutines count against the heap limit: a program that starts blocked
// goroutines forever ends with Go's out-of-memory fatal error when their
// records and stacks reach the limit (here 64 MiB, about 100,000
// goroutines), not with the process (or the browser tab) out of memory.
package main

func main() {
	for {
		go func() { select {} }()
	}
}

// Flags: -mem 64MiB
// Output:
// Fatal: runtime: out of memory
