// errorcheck

// A type assertion to a concrete type that cannot implement the interface
// can never succeed.
package main

type Closer interface{ Close() error }

type file struct{}

func (*file) Close() error { return nil }

type pipe struct{}

func main() {
	var c Closer = &file{}
	_ = c.(*file)
	_ = c.(pipe) // ERROR "^impossible type assertion: c\.\(pipe\)$"
}
