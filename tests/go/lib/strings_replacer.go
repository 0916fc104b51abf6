// run

// NewReplacer: at each position the first matching pair in argument order wins; empty old strings match between bytes.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2").Replace("aaa"))
	fmt.Println(strings.NewReplacer("aa", "2", "a", "1").Replace("aaa"))
	fmt.Println(strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;").Replace("<a & b>"))
	fmt.Println(strings.NewReplacer("", "X", "a", "A").Replace("abc"))
	fmt.Println(strings.NewReplacer("a", "A", "", "X").Replace("abc"))
	fmt.Printf("%q\n", strings.NewReplacer("", "-").Replace("é"))
	fmt.Println(strings.NewReplacer("a", "1", "a", "2").Replace("banana"))
	fmt.Println(strings.NewReplacer("hello", "bye").Replace("hello hello hell"))
	fmt.Println(strings.NewReplacer().Replace("same"))
	n, err := strings.NewReplacer("cat", "dog").WriteString(os.Stdout, "cat catalog\n")
	fmt.Println(n, err)
}

// Output:
// 111
// 21
// &lt;a &amp; b&gt;
// XAXbXcX
// AXbXcX
// "-\xc3-\xa9-"
// b1n1n1
// bye bye hell
// same
// dog dogalog
// 12 <nil>
