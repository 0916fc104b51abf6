// run

// The parse errors are *NumError values that unwrap to ErrSyntax or ErrRange.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("x1")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err)
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseFloat("1e999", 64)
	fmt.Println(errors.Is(err, strconv.ErrRange), err)
	e := &strconv.NumError{Func: "ParseThing", Num: "a\"b\n", Err: strconv.ErrSyntax}
	fmt.Println(e.Error())
	fmt.Println(errors.Unwrap(e) == strconv.ErrSyntax)
}

// Output:
// true Atoi x1 invalid syntax
// true false
// true strconv.ParseFloat: parsing "1e999": value out of range
// strconv.ParseThing: parsing "a\"b\n": invalid syntax
// true
