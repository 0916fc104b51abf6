// run

// Assigning to an entry of a nil map panics.
package main

func main() {
	var m map[string]int
	println(m["a"])
	m["a"] = 1
	println("unreachable")
}

// Output:
// 0
// Panic: assignment to entry in nil map
