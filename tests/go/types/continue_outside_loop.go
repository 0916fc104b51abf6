// errorcheck

// continue must be inside a for loop; a switch is not enough.
package main

func main() {
	switch {
	case true:
		continue // ERROR "^continue is not in a loop$"
	}
}
