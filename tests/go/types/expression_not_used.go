// errorcheck

// An expression statement must be a call or a receive.
package main

func main() {
	x := 1
	x       // ERROR "^x \(variable of type int\) is not used$"
	x + 1   // ERROR "^x \+ 1 \(value of type int\) is not used$"
	"hello" // ERROR "^\"hello\" \(untyped string constant\) is not used$"
}
