// run

// errors.As panics when its target is not a non-nil pointer, as Go does.
package main

import (
	"errors"
	"fmt"
)

func try(target any) {
	defer func() { fmt.Println("recovered:", recover()) }()
	errors.As(errors.New("x"), target)
}

type notErr struct{}

func main() {
	try(nil)
	var e error
	try(e)
	var p *error
	try(p)
	try(&notErr{})
	var s string
	errors.As(errors.New("x"), s)
}

// Output:
// recovered: errors: target cannot be nil
// recovered: errors: target cannot be nil
// recovered: errors: target must be a non-nil pointer
// recovered: errors: *target must be interface or implement error
// Panic: errors: target must be a non-nil pointer
