// run

// The strings functions gopark implements natively, and strconv's integer
// formatting, against Go's results (ASCII case mapping).
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

func main() {
	s := "  Hello, World! Hello!  "
	fmt.Println(strings.Index(s, "Hello"), strings.LastIndex(s, "Hello"), strings.Count(s, "l"), strings.Count("abc", ""))
	fmt.Println(strings.Contains(s, "World"), strings.IndexByte(s, 'W'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "xyzn"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace(s), strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q %q\n", strings.SplitN("a,b,c,d", ",", 2), strings.SplitAfter("a,b", ","))
	fmt.Printf("%q %q\n", strings.Fields("  foo bar\tbaz \n"), strings.Split("héllo", ""))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3), strings.ToUpper("go lang"), strings.ToLower("GoLang"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"), strings.Replace("abc", "", "-", -1))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 16), strconv.FormatUint(8, 2), strconv.FormatFloat(3.25, 'f', 2, 64))
	fmt.Println(math.Sqrt(2), math.Floor(-1.5), math.Max(3, 7), math.Inf(1), math.NaN(), math.Pi, math.MaxInt64)
	fmt.Println(math.Abs(-2.5), math.Pow(2, 10), math.Mod(7, 3), math.Trunc(2.7), math.Round(2.5), math.IsNaN(math.NaN()))
}

// Output:
// 2 16 5 4
// true 9 4 4
// "Hello, World! Hello!" "hi" "hixx"
// ["a" "b" "" "c"]
// ["a" "b,c,d"] ["a," "b"]
// ["foo" "bar" "baz"] ["h" "é" "l" "l" "o"]
// x-y-z ababab GO LANG golang
// oinky oinky oink moo moo -a-b-c-
// true true true
// -45 ff 1000 3.25
// 1.4142135623730951 -2 7 +Inf NaN 3.141592653589793 9223372036854775807
// 2.5 1024 1 2 3 true
