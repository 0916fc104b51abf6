// errorcheck

// continue with a label must name an enclosing for loop.
package main

func main() {
L:
	switch {
	case true:
		for {
			continue L // ERROR "^invalid continue label L$"
		}
	}
}
