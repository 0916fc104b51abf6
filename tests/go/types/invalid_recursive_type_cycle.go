// errorcheck

// Types that contain each other form an invalid cycle; gc reports it at the
// first type and lists each step at its position.
package main

type A struct { // ERROR "^invalid recursive type A$"
	b B
}

type B struct { // ERROR "^B refers to$"
	a [2]A
}

func main() {}
