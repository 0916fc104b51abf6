// run

// log.Panicf writes the message, then panics with it; a recovered
// log.Panic value is the message string.
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T %q\n", r, r)
		}()
		log.Panic("bad", 42)
	}()
	log.Panicf("fatal: %d", 7)
}

// Output:
// bad42
// recovered string "bad42"
// fatal: 7
// Panic: fatal: 7
