// errorcheck

// A selector that differs from a field only in the case of its first letter
// gets a hint naming the field (Go 1.22 prints "but does have Foo").
package main

type T struct{ Foo int }

func main() {
	var t T
	_ = t.foo // ERROR "^t\.foo undefined \(type T has no field or method foo, but does have Foo\)$"
}
