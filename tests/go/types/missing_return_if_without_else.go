// errorcheck

// An if statement without an else branch is not a terminating statement.
package main

func abs(n int) int {
	if n < 0 {
		return -n
	}
} // ERROR "^missing return$"

func main() { _ = abs(1) }
