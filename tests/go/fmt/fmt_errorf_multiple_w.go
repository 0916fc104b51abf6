// run

// An error wrapping two errors with %w has Unwrap() []error, not
// Unwrap() error: errors.Is finds both, errors.Unwrap gives nil, and a type
// switch tells the two method signatures apart.
package main

import (
	"errors"
	"fmt"
)

func main() {
	a := errors.New("a")
	b := errors.New("b")
	e := fmt.Errorf("%w and %w", a, b)
	fmt.Println(errors.Is(e, a), errors.Is(e, b), errors.Unwrap(e) == nil, e)
	switch e.(type) {
	case interface{ Unwrap() error }:
		fmt.Println("single")
	case interface{ Unwrap() []error }:
		fmt.Println("multi")
	}
	fmt.Printf("%T\n", a)
}

// Output:
// true true true a and b
// multi
// *errors.errorString
