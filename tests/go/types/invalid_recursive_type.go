// errorcheck

// A struct type cannot contain itself except through a pointer, slice, map
// or similar indirection.
package main

type node struct { // ERROR "^invalid recursive type: node refers to itself$"
	value int
	next  node
}

type list struct {
	value int
	next  *list // fine
}

func main() {}
