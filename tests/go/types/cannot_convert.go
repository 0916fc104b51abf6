// errorcheck

// Only certain conversions between types are allowed.
package main

func main() {
	s := "12"
	n := int(s) // ERROR "^cannot convert s \(variable of type string\) to type int$"
	_ = n
	_ = []byte(s) // fine
}
