// errorcheck

// Two expressions on one line need an operator or a semicolon between them.
package main

func main() {
	a := 1
	a = a 2 // ERROR "syntax error: unexpected literal 2 at end of statement"
}
