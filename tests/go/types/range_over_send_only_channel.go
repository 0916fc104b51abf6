// errorcheck

// Ranging over a channel receives from it, so a send-only channel cannot be
// ranged over.
package main

func main() {
	var c chan<- int
	for v := range c { // ERROR "^cannot range over c \(variable of type chan<- int\): receive from send-only channel$"
		_ = v
	}
}
