// run

// os.Stdout and os.Stderr are io.Writers for fmt.Fprint and io.WriteString;
// os.Exit(0) ends the program without running deferred calls.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	defer fmt.Println("deferred: not printed")
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
	io.WriteString(os.Stdout, "via WriteString\n")
	n, err := os.Stdout.Write([]byte("raw bytes\n"))
	fmt.Println(n, err, os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())
	os.Exit(0)
}

// Output:
// to stdout
// to stderr
// via WriteString
// raw bytes
// 10 <nil> /dev/stdout /dev/stderr /dev/stdin
