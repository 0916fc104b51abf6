// errorcheck

// Slices, maps and functions can only be compared to nil.
package main

func main() {
	a := []int{1}
	b := []int{1}
	_ = a == b // ERROR "^invalid operation: a == b \(slice can only be compared to nil\)$"
	_ = a == nil
	m := map[string]int{}
	_ = m != m // ERROR "^invalid operation: m != m \(map can only be compared to nil\)$"
}
