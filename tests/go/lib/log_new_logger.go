// run

// log.New makes a Logger with its own output, prefix and flags; Writer,
// SetOutput, Output and Default.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	var b strings.Builder
	l := log.New(&b, "[db] ", 0)
	l.Print("connect")
	l.Printf("rows=%d", 3)
	l.SetPrefix("[cache] ")
	l.Println("hit", true)
	l.Output(1, "via Output")
	fmt.Printf("%q\n", b.String())
	fmt.Println(l.Writer() == &b, l.Prefix(), l.Flags())
	l.SetOutput(os.Stdout)
	l.SetFlags(log.Lshortfile)
	l.Println("to stdout")
	fmt.Println(log.Default().Writer() == os.Stderr, log.Default().Flags() == log.LstdFlags)
}

// Output:
// "[db] connect\n[db] rows=3\n[cache] hit true\n[cache] via Output\n"
// true [cache]  0
// [cache] log_new_logger.go:26: to stdout
// true true
