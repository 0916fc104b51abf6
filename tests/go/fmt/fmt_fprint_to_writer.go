// run

// Fprint, Fprintf and Fprintln write to any io.Writer and return the
// byte count; Append* add to a byte slice.
package main

import (
	"fmt"
	"os"
)

type counter struct {
	writes int
	data   []byte
}

func (c *counter) Write(p []byte) (int, error) {
	c.writes++
	c.data = append(c.data, p...)
	return len(p), nil
}

func main() {
	w := &counter{}
	n1, _ := fmt.Fprint(w, "a", 1, 2)
	n2, _ := fmt.Fprintf(w, "[%03d]", 7)
	n3, _ := fmt.Fprintln(w, "end", true)
	fmt.Print(string(w.data))
	fmt.Println(n1, n2, n3, w.writes)
	b := fmt.Appendf([]byte("x="), "%d", 42)
	b = fmt.Append(b, " ", 1, 2)
	b = fmt.Appendln(b, "!")
	os.Stdout.Write(b)
	fmt.Fprintln(os.Stdout, "direct", 3.5)
}

// Output:
// a1 2[007]end true
// 4 5 9 3
// x=42 1 2!
// direct 3.5
