// errorcheck

// The result of a function call is not addressable.
package main

func get() int { return 1 }

func main() {
	get() = 2 // ERROR "^cannot assign to get\(\) \(neither addressable nor a map index expression\)$"
}
