// errorcheck

// Ranging over a channel yields one value, not two.
package main

func main() {
	c := make(chan int)
	close(c)
	for i, v := range c { // ERROR "^range over c \(variable of type chan int\) permits only one iteration variable$"
		_, _ = i, v
	}
}
