// run

// panic with a value that has a String() string method (but no Error method)
// prints the result of String().
package main

type Color int

func (c Color) String() string {
	if c == 0 {
		return "red"
	}
	return "blue"
}

func main() {
	panic(Color(1))
}

// Panic: blue
