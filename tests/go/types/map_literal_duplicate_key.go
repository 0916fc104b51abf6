// errorcheck

// Constant keys of a map literal must be distinct.
package main

func main() {
	_ = map[string]int{
		"a": 1,
		"b": 2,
		"a": 3, // ERROR "^duplicate key \"a\" in map literal$"
	}
	_ = map[string]int{"x"} // ERROR "^missing key in map literal$"
}
