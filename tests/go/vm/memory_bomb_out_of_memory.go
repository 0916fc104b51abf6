// run

// A program that keeps allocating more than the heap limit (1 GiB by
// default) ends with Go's out-of-memory fatal error, not a crash of the
// playground.
package main

func main() {
	var keep [][]byte
	for {
		keep = append(keep, make([]byte, 1<<20))
	}
}

// Output:
// Fatal: runtime: out of memory
