// errorcheck

// make takes a slice, map or channel type and the right number of sizes.
package main

func main() {
	_ = make(int)            // ERROR "^invalid argument: cannot make int; type must be slice, map, or channel$"
	_ = make([]int)          // ERROR "^invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1$"
	_ = make([]int, 1, 2, 3) // ERROR "^invalid operation: make\(\[\]int, 1, 2, 3\) expects 2 or 3 arguments; found 4$"
	_ = make([]int, 5, 2)    // ERROR "^invalid argument: length and capacity swapped$"
}
