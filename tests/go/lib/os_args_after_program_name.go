// run
// Args: alpha -n 3 "two words"

// os.Args holds the program's name, then the arguments that followed the
// program file on the command line, as they were split by the shell.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	fmt.Println(os.Args[0] != "")
	for _, a := range os.Args[1:] {
		fmt.Printf("%q\n", a)
	}
}

// Output:
// 5
// true
// "alpha"
// "-n"
// "3"
// "two words"
