// run

// io.MultiWriter, MultiReader, TeeReader, LimitReader, WriteString,
// Discard and SectionReader.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var a, b strings.Builder
	w := io.MultiWriter(&a, &b, os.Stdout)
	fmt.Fprintln(w, "to all three")
	io.WriteString(w, "str\n")
	fmt.Printf("%q %q\n", a.String(), b.String())
	r := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two"))
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	var log strings.Builder
	tee := io.TeeReader(strings.NewReader("teed data"), &log)
	data, _ := io.ReadAll(io.LimitReader(tee, 4))
	fmt.Printf("%q %q\n", data, log.String())
	n, err := io.Copy(io.Discard, strings.NewReader("discarded"))
	fmt.Println(n, err)
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	sec, _ := io.ReadAll(sr)
	fmt.Println(string(sec), sr.Size())
	lr := &io.LimitedReader{R: strings.NewReader("abc"), N: 2}
	p := make([]byte, 8)
	k, err := lr.Read(p)
	fmt.Println(k, err, lr.N)
	k, err = lr.Read(p)
	fmt.Println(k, err)
}

// Output:
// to all three
// str
// "to all three\nstr\n" "to all three\nstr\n"
// "one two" <nil>
// "teed" "teed"
// 9 <nil>
// 23456 5
// 2 <nil> 0
// 0 EOF
