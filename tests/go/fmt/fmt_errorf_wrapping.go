// run

// Errorf with %w wraps its error operand: errors.Unwrap and errors.Is see
// through it; several %w give Unwrap() []error, each error once in
// operand order; %w of a non-error, or outside Errorf, is reported.
package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base")

type myErr struct{}

func (myErr) Error() string { return "mine" }

func main() {
	e1 := fmt.Errorf("op failed: %w", ErrBase)
	fmt.Println(e1)
	fmt.Println(errors.Unwrap(e1) == ErrBase, errors.Is(e1, ErrBase))
	e2 := fmt.Errorf("outer: %w", e1)
	fmt.Println(e2, errors.Is(e2, ErrBase))
	other := errors.New("other")
	e3 := fmt.Errorf("%w and %w", other, ErrBase)
	fmt.Println(e3)
	multi, ok := e3.(interface{ Unwrap() []error })
	errs := multi.Unwrap()
	fmt.Println(ok, len(errs), errs[0] == other, errs[1] == ErrBase)
	e5 := fmt.Errorf("%[2]w, %[1]w, %[2]w", other, ErrBase)
	errs = e5.(interface{ Unwrap() []error }).Unwrap()
	fmt.Println(e5, len(errs), errs[0] == other, errs[1] == ErrBase)
	e4 := fmt.Errorf("code %d: %v", 7, ErrBase)
	fmt.Println(e4, errors.Unwrap(e4) == nil)
	fmt.Println(fmt.Errorf("bad %w", 3))
	fmt.Println(fmt.Sprintf("%w", myErr{}))
}

// Output:
// op failed: base
// true true
// outer: op failed: base true
// other and base
// true 2 true true
// base, other, base 2 true true
// code 7: base true
// bad %!w(int=3)
// %!w(main.myErr={})
