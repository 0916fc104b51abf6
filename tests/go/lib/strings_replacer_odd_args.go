// run

// NewReplacer panics on an odd argument count.
package main

import (
	"strings"
)

func main() {
	strings.NewReplacer("a")
}

// Panic: strings.NewReplacer: odd argument count
