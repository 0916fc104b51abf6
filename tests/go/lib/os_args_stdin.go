// run

// os.Args holds the program name; reading os.Stdin (empty here) gives
// EOF at once, through a Scanner, a bufio.Reader and io.ReadAll.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	fmt.Println(len(os.Args), os.Args[0] != "")
	sc := bufio.NewScanner(os.Stdin)
	lines := 0
	for sc.Scan() {
		lines++
	}
	fmt.Println(lines, sc.Err())
	_, err := bufio.NewReader(os.Stdin).ReadString('\n')
	fmt.Println(err)
	b, err := io.ReadAll(os.Stdin)
	fmt.Println(len(b), err)
	n, err := os.Stdin.Read(nil)
	fmt.Println(n, err)
}

// Output:
// 1 true
// 0 <nil>
// EOF
// 0 <nil>
// 0 <nil>
