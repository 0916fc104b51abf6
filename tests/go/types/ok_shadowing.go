// run

// Inner scopes may redeclare names of outer scopes, including predeclared
// ones and package names; := redeclares only in the same scope.
package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := 1
	if x := "if"; x != "" {
		fmt.Println(x)
	}
	for x := 0; x < 1; x++ {
		x := x + 10
		fmt.Println(x)
	}
	{
		x := 2.5
		fmt.Println(x)
	}
	a, err := 1, error(nil)
	b, err := 2, fmt.Errorf("e") // err reused, b new
	fmt.Println(x, a, b, err)
	len := func(s string) int { return 0 }
	fmt.Println(len("abc"))
	func() {
		fmt := "shadowed package"
		_ = fmt
	}()
	true := false
	fmt.Println(true)
}
