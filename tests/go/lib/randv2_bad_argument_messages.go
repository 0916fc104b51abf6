// run

// math/rand/v2: every bounded function panics on a bound it cannot
// serve (n <= 0 for the signed kinds, n == 0 for the unsigned ones, a
// negative Shuffle length), with Go's message naming the function.
package main

import (
	"fmt"
	"math/rand/v2"
)

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	try("r.IntN(-1)", func() { r.IntN(-1) })
	try("r.Int32N(0)", func() { r.Int32N(0) })
	try("r.Int64N(-5)", func() { r.Int64N(-5) })
	try("r.UintN(0)", func() { r.UintN(0) })
	try("r.Uint32N(0)", func() { r.Uint32N(0) })
	try("r.Uint64N(0)", func() { r.Uint64N(0) })
	try("r.Shuffle(-1)", func() { r.Shuffle(-1, func(i, j int) {}) })
	try("r.Perm(-1)", func() { r.Perm(-1) })
	try("IntN(0)", func() { rand.IntN(0) })
	try("Int32N(-1)", func() { rand.Int32N(-1) })
	try("Int64N(0)", func() { rand.Int64N(0) })
	try("UintN(0)", func() { rand.UintN(0) })
	try("Uint32N(0)", func() { rand.Uint32N(0) })
	try("Uint64N(0)", func() { rand.Uint64N(0) })
	try("Shuffle(-2)", func() { rand.Shuffle(-2, func(i, j int) {}) })
	try("N(int16(0))", func() { rand.N(int16(0)) })
	try("N(int64(-1))", func() { rand.N(int64(-1)) })
	try("N(uint(0))", func() { rand.N(uint(0)) })
	try("r.IntN(1)", func() { fmt.Println(r.IntN(1)) })
}

// Output:
// r.IntN(-1): invalid argument to IntN
// r.Int32N(0): invalid argument to Int32N
// r.Int64N(-5): invalid argument to Int64N
// r.UintN(0): invalid argument to UintN
// r.Uint32N(0): invalid argument to Uint32N
// r.Uint64N(0): invalid argument to Uint64N
// r.Shuffle(-1): invalid argument to Shuffle
// r.Perm(-1): runtime error: makeslice: len out of range
// IntN(0): invalid argument to IntN
// Int32N(-1): invalid argument to Int32N
// Int64N(0): invalid argument to Int64N
// UintN(0): invalid argument to UintN
// Uint32N(0): invalid argument to Uint32N
// Uint64N(0): invalid argument to Uint64N
// Shuffle(-2): invalid argument to Shuffle
// N(int16(0)): invalid argument to N
// N(int64(-1)): invalid argument to N
// N(uint(0)): invalid argument to N
// 0
// r.IntN(1): <nil>
