// errorcheck

// The block of an if must start on the line of its condition.
package main

func main() {
	if x := 1; x > 0 // ERROR "syntax error: unexpected newline, expected { after if clause"
	{
	}
}
