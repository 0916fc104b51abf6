// errorcheck

// The post statement of a for clause cannot be a short variable declaration.
package main

func main() {
	for i := 0; i < 3; j := 1 { // ERROR "syntax error: cannot declare in post statement of for loop"
	}
}
