// run

// Package-level variables are initialized in dependency order regardless of
// their textual order, then init functions run in order.
package main

import "fmt"

var a = b + c // 6
var b = f()   // 3
var c = 3

var trace []string

func f() int {
	trace = append(trace, "f")
	return c
}

func init() { trace = append(trace, "init1") }

func init() { trace = append(trace, "init2") }

func main() {
	fmt.Println(a, b, c, trace)
}
