// run

// errors.Is follows Unwrap chains made by fmt.Errorf's %w, compares with
// ==, and asks an Is method when the error has one.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type timeout struct{ op string }

func (t timeout) Error() string { return t.op + ": timeout" }

// Is makes every timeout match the zero timeout{} sentinel.
func (t timeout) Is(target error) bool { return target == timeout{} }

func main() {
	e1 := fmt.Errorf("load config: %w", ErrNotFound)
	e2 := fmt.Errorf("start: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrNotFound), errors.Is(e1, ErrNotFound))
	fmt.Println(errors.Is(e2, errors.New("not found"))) // a different value
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(nil, nil))
	fmt.Println(errors.Unwrap(e2) == e1, errors.Unwrap(ErrNotFound) == nil)

	t := fmt.Errorf("dial: %w", timeout{"read"})
	fmt.Println(errors.Is(t, timeout{}), errors.Is(t, timeout{"read"}), errors.Is(t, ErrNotFound))
	// %v does not wrap.
	fmt.Println(errors.Is(fmt.Errorf("x: %v", ErrNotFound), ErrNotFound))
}

// Output:
// start: load config: not found
// true true
// false
// false true
// true true
// true true false
// false
