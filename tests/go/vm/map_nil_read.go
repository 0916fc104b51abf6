// run

// A nil map reads as empty: lookups give zero values, len is 0, range and delete do nothing.
package main

func main() {
	var m map[string]int
	println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	println(v, ok)
	n := 0
	for range m {
		n++
	}
	delete(m, "x")
	println(n, len(m))
}

// Output:
// true 0 0
// 0 false
// 0 0
