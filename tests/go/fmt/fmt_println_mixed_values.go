// run

// Println separates every operand with a space and ends with a newline,
// whatever the operands' types; nil prints as <nil>.
package main

import "fmt"

func main() {
	fmt.Println("a", 1, 2.5, true, nil, 'x', []int{1, 2}, "b")
	fmt.Println()
	fmt.Println("x", "y")
	var e error
	fmt.Println(e, uint8(200), int64(-7), float32(0.25))
	s := fmt.Sprintln("end", 3)
	fmt.Print(s)
	fmt.Println(len(s))
}

// Output:
// a 1 2.5 true <nil> 120 [1 2] b
//
// x y
// <nil> 200 -7 0.25
// end 3
// 6
