// run

// A log prefix starts the line, or, with Lmsgprefix, goes right before
// the message (after the file position).
package main

import (
	"log"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("app: ")
	log.Println("started")
	log.SetFlags(log.Lmsgprefix | log.Lshortfile)
	log.Println("msg")
	log.Println(log.Prefix(), log.Flags())
	log.SetFlags(log.Lshortfile)
	log.Printf("no msgprefix")
}

// Output:
// app: started
// log_prefix.go:18: app: msg
// log_prefix.go:19: app: app:  80
// app: log_prefix.go:21: no msgprefix
