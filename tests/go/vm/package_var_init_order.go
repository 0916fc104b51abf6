// run

// Package variables are initialized in dependency order, then init, then main.
package main

var a = b + 1
var b = f()
var c = 10

func f() int { return c * 2 }

func init() {
	println("init", a, b, c)
}

func main() {
	println("main", a)
}

// Output:
// init 21 20 10
// main 21
