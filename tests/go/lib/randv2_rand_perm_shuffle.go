// run

// math/rand/v2: seeded Perm and Shuffle give Go's orders; Perm(0) is
// empty and Shuffle of 0 or 1 elements never calls swap.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.Perm(10))
	fmt.Println(r.Perm(5), r.Perm(1), r.Perm(0), len(r.Perm(0)))
	words := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	var calls []string
	r.Shuffle(5, func(i, j int) { calls = append(calls, fmt.Sprint(i, ",", j)) })
	fmt.Println(calls)
	n := 0
	r.Shuffle(1, func(i, j int) { n++ })
	r.Shuffle(0, func(i, j int) { n++ })
	fmt.Println("swaps for n<=1:", n)
	// Both draw from the same source: the next value follows on.
	fmt.Println(r.IntN(1000))
}

// Output:
// [4 2 3 6 9 1 8 0 5 7]
// [4 2 1 3 0] [0] [] 0
// [b h a g d e c f]
// [4,0 3,3 2,0 1,0]
// swaps for n<=1: 0
// 333
