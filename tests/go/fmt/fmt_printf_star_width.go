// run

// * takes a width or precision from the operands; a negative width
// means left-justify, and a non-integer one is reported.
package main

import "fmt"

func main() {
	fmt.Printf("[%*d]\n", 6, 12)
	fmt.Printf("[%-*d]\n", 6, 12)
	fmt.Printf("[%*d]\n", -6, 12)
	fmt.Printf("[%.*f]\n", 2, 3.14159)
	fmt.Printf("[%*.*f]\n", 8, 3, 3.14159)
	fmt.Printf("[%*s]\n", 4.5, "hi")
	fmt.Printf("[%.*s]\n", "x", "hello")
	fmt.Printf("[%*d]\n", uint8(3), 7)
}

// Output:
// [    12]
// [12    ]
// [12    ]
// [3.14]
// [   3.142]
// [%!(BADWIDTH)hi]
// [%!(BADPREC)hello]
// [  7]
