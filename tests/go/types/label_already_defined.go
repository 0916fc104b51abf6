// errorcheck

// A label can be defined only once in a function; gc names where it was
// first defined.
package main

func main() {
L:
	for {
		break L
	}
L: // ERROR "^label L already defined at .*label_already_defined\.go:8:1$"
	println()
}
