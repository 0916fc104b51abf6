// errorcheck

// Strings are immutable: their bytes cannot be assigned to.
package main

func main() {
	s := "hello"
	s[0] = 'H' // ERROR "^cannot assign to s\[0\] \(neither addressable nor a map index expression\)$"
}
