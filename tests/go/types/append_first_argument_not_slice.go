// errorcheck

// The first argument of append must be a slice.
package main

func main() {
	n := 1
	_ = append(n, 2) // ERROR "^first argument to append must be a slice; have n \(variable of type int\)$"
}
