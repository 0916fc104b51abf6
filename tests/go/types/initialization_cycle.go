// errorcheck

// A package-level variable cannot depend on itself, even through a function.
// gc reports the cycle at the variable and lists each step at its position:
// "total refers to" (line 8), "sum refers to" (line 10), "total" (line 8).
package main

var total = sum() // ERROR "^initialization cycle for total$"

func sum() int { return total + 1 } // ERROR "^sum refers to$"

func main() {}
