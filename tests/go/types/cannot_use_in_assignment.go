// errorcheck

// A value can be assigned only to a variable of an assignable type.
package main

func main() {
	x := 1
	var s string
	s = x // ERROR "^cannot use x \(variable of type int\) as string value in assignment$"
	_ = s
}
