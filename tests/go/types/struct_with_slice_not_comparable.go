// errorcheck

// A struct containing a slice field cannot be compared with ==.
package main

type bag struct{ items []int }

func main() {
	var x, y bag
	_ = x == y // ERROR "^invalid operation: x == y \(struct containing \[\]int cannot be compared\)$"
}
