// run

// FormatInt panics on a base outside 2..36.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(5, 2))
	fmt.Println(strconv.FormatInt(5, 1))
}

// Output:
// 101
// Panic: strconv: illegal AppendInt/FormatInt base
