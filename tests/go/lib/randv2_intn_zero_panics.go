// run

// math/rand/v2: IntN with a bound of 0 panics with Go's message.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(1))
	r.IntN(0)
}

// Output:
// 0
// Panic: invalid argument to IntN
