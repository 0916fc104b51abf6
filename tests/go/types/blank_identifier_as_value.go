// errorcheck

// The blank identifier can be assigned to but not read.
package main

func main() {
	x := _ // ERROR "^cannot use _ as value or type$"
	_ = x
}
