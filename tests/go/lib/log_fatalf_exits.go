// run
// Exit: 1

// log.Fatalf formats like Printf (adding the missing newline), then exits
// with status 1, also from a goroutine other than main's.
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	done := make(chan bool)
	go func() {
		log.Fatalf("worker %d: %s", 2, "failed")
		done <- true
	}()
	<-done
	fmt.Println("never printed")
}

// Output:
// worker 2: failed
