// run

// bits.Div64 by zero panics with the integer divide error.
package main

import "math/bits"

func main() {
	var y uint64
	bits.Div64(0, 1, y)
}

// Panic: runtime error: integer divide by zero
