// run

// %T prints the operand's dynamic type in Go syntax.
package main

import "fmt"

type T struct{ A int }
type Name string

type myErr struct{}

func (myErr) Error() string { return "e" }

func main() {
	fmt.Printf("%T %T %T %T %T\n", 1, "s", 2.5, true, 'x')
	fmt.Printf("%T %T %T\n", []int{}, map[string]bool{}, [3]byte{})
	fmt.Printf("%T %T %T\n", T{}, &T{}, Name("n"))
	fmt.Printf("%T %T\n", nil, []any{1})
	var e error = myErr{}
	fmt.Printf("%T %T\n", e, &e)
	fmt.Printf("[%10T] [%-6T]\n", 1, "s")
}

// Output:
// int string float64 bool int32
// []int map[string]bool [3]uint8
// main.T *main.T main.Name
// <nil> []interface {}
// main.myErr *error
// [       int] [string]
