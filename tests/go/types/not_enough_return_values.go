// errorcheck

// A return statement must return a value for every result (gc adds "have"
// and "want" lines after the first).
package main

func pair() (int, string) {
	return 1 // ERROR "^not enough return values$"
}

func one() int {
	return // ERROR "^not enough return values$"
}

func main() { _, _ = pair(); _ = one() }
