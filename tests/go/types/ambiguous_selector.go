// errorcheck

// Two embedded fields at the same depth with the same field make a
// selector ambiguous.
package main

type A struct{ ID int }
type B struct{ ID int }

type C struct {
	A
	B
}

func main() {
	var c C
	_ = c.A.ID
	_ = c.ID // ERROR "^ambiguous selector c\.ID$"
}
