// errorcheck

// The operand of a type switch must be an interface.
package main

func main() {
	x := 3
	switch x.(type) { // ERROR "^x \(variable of type int\) is not an interface$"
	}
}
