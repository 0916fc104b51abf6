// run

// A verb that does not suit the operand prints %!verb(type=value); a nil
// operand prints %!verb(<nil>).
package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t %x\n", 1, true)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%z\n", T{3})
	fmt.Printf("%s\n", []int{1, 2})
	fmt.Printf("%5d|\n", "pad")
	fmt.Printf("%!\n", 1)
	fmt.Printf("%p\n", 5)
	fmt.Printf("%w\n", 5)
}

// Output:
// %!d(string=hi)
// %!s(int=42)
// %!t(int=1) %!x(bool=true)
// %!d(<nil>)
// {%!z(int=3)}
// [%!s(int=1) %!s(int=2)]
// %!d(string=  pad)|
// %!!(int=1)
// %!p(int=5)
// %!w(int=5)
