// errorcheck

// Struct literal elements must be assignable to their fields.
package main

type person struct {
	name string
	age  int
}

func main() {
	n := 30
	p := person{name: n, age: 1} // ERROR "^cannot use n \(variable of type int\) as string value in struct literal$"
	_ = p
}
