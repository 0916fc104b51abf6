// errorcheck

// A field of a struct stored in a map cannot be assigned to directly.
package main

type point struct{ x, y int }

func main() {
	m := map[string]point{"a": {1, 2}}
	m["a"].x = 3 // ERROR "^cannot assign to struct field m\[\"a\"\]\.x in map$"
	p := m["a"]
	p.x = 3
	m["a"] = p
}
