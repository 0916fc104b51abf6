// run

// Print adds a space between two operands only when neither is a string.
package main

import "fmt"

type name string

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3, 4.5, true))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", 1, "y"))
	// A named string type counts as a string too.
	fmt.Println(fmt.Sprint(name("n"), 5, name("m")))
	fmt.Println(fmt.Sprint(nil, nil, "s", nil))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}))
	fmt.Print("p", 1, 2, "q\n")
}

// Output:
// ab1 2c3 4.5 true
// 1 2 3
// x1y
// n5m
// <nil> <nil>s<nil>
// [1] [2]
// p1 2q
