// errorcheck

// break with a label must name an enclosing for, switch or select.
package main

func main() {
L:
	if true {
		for {
			break L // ERROR "^invalid break label L$"
		}
	}
}
