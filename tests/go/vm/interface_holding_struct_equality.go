// run

// Interface values holding comparable structs compare equal when the dynamic
// types are identical and the struct values are equal; an interface can also
// be compared with a plain struct value.
package main

type P struct {
	X int
	S string
}

func main() {
	var a interface{} = P{1, "x"}
	var b interface{} = P{1, "x"}
	var c interface{} = P{2, "x"}
	println(a == b, a == c, a != c)
	println(a == P{1, "x"}, c == P{1, "x"})
	b = P{2, "x"}
	println(b == c)
}

// Output:
// true false true
// true false
// true
