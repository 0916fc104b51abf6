// run

// errors.As finds the first error in the chain whose type is the target's
// element type (or implements it, for an interface target) and stores it.
package main

import (
	"errors"
	"fmt"
)

type PathError struct {
	Op, Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": denied" }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type temporary interface{ Temporary() bool }

type busy struct{}

func (busy) Error() string   { return "busy" }
func (busy) Temporary() bool { return true }

func main() {
	err := fmt.Errorf("open: %w", &PathError{"read", "/etc/x"})
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("found:", pe.Op, pe.Path)
	}
	var c Code
	fmt.Println(errors.As(err, &c), c)
	fmt.Println(errors.As(fmt.Errorf("w: %w", Code(7)), &c), c)

	var tmp temporary
	fmt.Println(errors.As(err, &tmp), tmp == nil)
	fmt.Println(errors.As(fmt.Errorf("again: %w", busy{}), &tmp), tmp.Temporary())

	var any error
	fmt.Println(errors.As(err, &any), any == err)
	fmt.Println(errors.As(nil, &pe))

	// Through errors.Join: the first match in the tree, depth first.
	j := errors.Join(errors.New("a"), Code(3), Code(4))
	fmt.Println(errors.As(j, &c), c)
}

// Output:
// found: read /etc/x
// false code 0
// true code 7
// false true
// true true
// true true
// false
// true code 3
