// run
// Exit: 3

// os.Exit(3) ends the program with status 3 after what it printed so far;
// deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("exiting with 3")
	os.Exit(3)
}

// Output:
// exiting with 3
