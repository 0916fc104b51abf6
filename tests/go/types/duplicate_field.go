// errorcheck

// Field names in a struct must be unique, embedded ones included.
package main

type Inner struct{}

type T struct {
	a int    // ERROR "^other declaration of a$"
	a string // ERROR "^a redeclared$"
}

type U struct {
	Inner       // ERROR "^other declaration of Inner$"
	Inner Inner // ERROR "^Inner redeclared$"
}

func main() {}
