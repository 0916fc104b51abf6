// errorcheck

// A deferred call of a built-in that yields a value would discard it.
package main

func main() {
	s := "abc"
	defer len(s) // ERROR "^defer discards result of len\(s\) \(value of type int\)$"
	defer println(s)
}
