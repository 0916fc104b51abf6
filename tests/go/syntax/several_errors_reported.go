// errorcheck

// The parser recovers and reports each error, not just the first.
package main

func main() {
	for i := 0; i < 3; j := 1 { // ERROR "cannot declare in post statement of for loop"
	}
	a := 1
	a = a 2 // ERROR "unexpected literal 2 at end of statement"
}
