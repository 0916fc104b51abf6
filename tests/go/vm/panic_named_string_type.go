// run

// panic with a value of a named string type prints the type name and the
// quoted string in parentheses.
package main

type Reason string

func main() {
	panic(Reason("bad input"))
}

// Panic: main.Reason("bad input")
