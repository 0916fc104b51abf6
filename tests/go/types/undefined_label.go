// errorcheck

// break, continue and goto must name a label that exists.
package main

func main() {
	for {
		break Missing // ERROR "^break label not defined: Missing$"
	}
	goto Nowhere // ERROR "^label Nowhere not defined$"
}
