// run
// Exit: 1

// log.Fatal writes its message like log.Print, then ends the program with
// status 1: deferred calls do not run.
package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred: never printed")
	log.SetFlags(0)
	log.SetPrefix("app: ")
	fmt.Println("before")
	log.Fatal("disk ", 3, " is full")
	fmt.Println("after: never printed")
}

// Output:
// before
// app: disk 3 is full
