// run

// Indexing past the end panics with Go's message and exit status 2.
package main

func main() {
	s := []int{1, 2, 3}
	i := 5
	println("before")
	println(s[i])
}

// Output:
// before
// Panic: runtime error: index out of range [5] with length 3
