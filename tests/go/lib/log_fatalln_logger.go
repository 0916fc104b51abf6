// run
// Exit: 1

// A Logger's Fatalln writes its prefix and operands as Println does, then
// exits with status 1.
package main

import (
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "[db] ", log.Lmsgprefix)
	l.Println("connecting")
	l.Fatalln("lost connection:", 42, true)
	l.Println("never printed")
}

// Output:
// [db] connecting
// [db] lost connection: 42 true
