// run

// errors.Join drops nil errors, returns nil when none remain, prints one
// message per line, and Is/As/Unwrap see every joined error.
package main

import (
	"errors"
	"fmt"
)

func main() {
	a := errors.New("first")
	b := errors.New("second")
	j := errors.Join(a, nil, b)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, a), errors.Is(j, b), errors.Is(j, errors.New("first")))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	fmt.Println(errors.Unwrap(j) == nil) // a joined error has Unwrap() []error
	u, ok := j.(interface{ Unwrap() []error })
	fmt.Println(ok, len(u.Unwrap()))
	w := fmt.Errorf("ctx: %w", j)
	fmt.Println(errors.Is(w, b))
}

// Output:
// first
// second
// "first\nsecond"
// true true false
// true true
// true
// true 2
// true
