// errorcheck

// A call must supply an argument for every parameter (gc adds "have" and
// "want" lines after the first).
package main

func area(w, h int) int { return w * h }

func main() {
	_ = area(3) // ERROR "^not enough arguments in call to area$"
}
