// run

// Concatenation, length in bytes, indexing bytes, slicing and comparison.
package main

func main() {
	s := "hello"
	t := s + ", " + "world"
	println(t, len(t), t[0], t[7:], t[:5] == s, "abc" < "abd", "b" > "abc")
	empty := ""
	println(len(empty), empty+s == s)
}

// Output:
// hello, world 12 104 world true true true
// 0 true
