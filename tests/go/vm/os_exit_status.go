// run

// os.Exit ends the program at once with its status: deferred calls do not
// run and nothing after it prints.
package main

import "os"

func main() {
	defer println("deferred: never printed")
	os.Stdout.WriteString("before exit\n")
	os.Exit(0)
	println("after exit: never printed")
}

// Output:
// before exit
