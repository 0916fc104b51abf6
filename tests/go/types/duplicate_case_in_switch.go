// errorcheck

// Constant cases of an expression switch must be distinct; gc also points at
// the earlier case.
package main

func main() {
	x := 2
	switch x {
	case 1, 2: // ERROR "^previous case$"
	case 3, 1 + 1: // ERROR "^duplicate case 1 \+ 1 \(constant 2 of type int\) in expression switch$"
	}
	s := "a"
	switch s {
	case "a", "b": // ERROR "^previous case$"
	case "a": // ERROR "^duplicate case \"a\" \(constant of type string\) in expression switch$"
	}
}
