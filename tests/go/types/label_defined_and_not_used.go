// errorcheck

// A label must be used.
package main

func main() {
L: // ERROR "^label L defined and not used$"
	for {
		break
	}
}
