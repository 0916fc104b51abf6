// errorcheck

// A return statement cannot return more values than the function declares
// (gc adds "have" and "want" lines after the first).
package main

func f() int {
	return 1, 2 // ERROR "^too many return values$"
}

func g() {
	return 3 // ERROR "^too many return values$"
}

func main() { _ = f(); g() }
