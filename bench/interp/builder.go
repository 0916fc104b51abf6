// Builder: a strings.Builder grows a large string by WriteString, WriteByte
// and Fprintf (one formatted line every 16 pieces), 20 times over; the
// lengths are summed.
package main

import (
	"fmt"
	"strings"
)

func main() {
	words := []string{"lorem", "ipsum", "dolor", "sit", "amet"}
	total := 0
	for round := 0; round < 20; round++ {
		var b strings.Builder
		for i := 0; i < 50000; i++ {
			b.WriteString(words[i%5])
			b.WriteByte(' ')
			if i%16 == 15 {
				fmt.Fprintf(&b, "[%d:%x]\n", i, i*round)
			}
		}
		total += b.Len()
	}
	println(total)
}
