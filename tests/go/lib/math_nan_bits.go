// run

// math.NaN() has the bits 0x7ff8000000000001, and the functions that
// return a NaN for a domain error return that one (Float64bits shows it).
package main

import (
	"fmt"
	"math"
)

func main() {
	show := func(name string, f float64) { fmt.Printf("%s %v %#x\n", name, f, math.Float64bits(f)) }
	show("NaN", math.NaN())
	show("Log(-1)", math.Log(-1))
	show("Sqrt(-1)", math.Sqrt(-1))
	show("Asin(2)", math.Asin(2))
	show("Acosh(0)", math.Acosh(0))
	show("Mod(1, 0)", math.Mod(1, 0))
	show("Remainder(Inf, 1)", math.Remainder(math.Inf(1), 1))
	show("Pow(-8, 1/3)", math.Pow(-8, 1.0/3))
	show("Sin(Inf)", math.Sin(math.Inf(1)))
	show("Max(NaN, 1)", math.Max(math.NaN(), 1))
	show("Min(1, NaN)", math.Min(1, math.NaN()))
	show("Gamma(-1)", math.Gamma(-1))
	show("Y0(-1)", math.Y0(-1))
	show("Inf-Inf", math.Inf(1)+math.Inf(-1))
	show("Exp(NaN)", math.Exp(math.NaN()))
}

// Output:
// NaN NaN 0x7ff8000000000001
// Log(-1) NaN 0x7ff8000000000001
// Sqrt(-1) NaN 0xfff8000000000000
// Asin(2) NaN 0x7ff8000000000001
// Acosh(0) NaN 0x7ff8000000000001
// Mod(1, 0) NaN 0x7ff8000000000001
// Remainder(Inf, 1) NaN 0x7ff8000000000001
// Pow(-8, 1/3) NaN 0x7ff8000000000001
// Sin(Inf) NaN 0x7ff8000000000001
// Max(NaN, 1) NaN 0x7ff8000000000001
// Min(1, NaN) NaN 0x7ff8000000000001
// Gamma(-1) NaN 0x7ff8000000000001
// Y0(-1) NaN 0x7ff8000000000001
// Inf-Inf NaN 0xfff8000000000000
// Exp(NaN) NaN 0x7ff8000000000001
