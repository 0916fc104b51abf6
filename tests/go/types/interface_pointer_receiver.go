// errorcheck

// A method with a pointer receiver is not in the method set of the value type.
package main

type Counter interface{ Inc() }

type count struct{ n int }

func (c *count) Inc() { c.n++ }

func main() {
	c := count{}
	var i Counter = c // ERROR "^cannot use c \(variable of type count\) as Counter value in variable declaration: count does not implement Counter \(method Inc has pointer receiver\)$"
	i = &c
	_ = i
}
