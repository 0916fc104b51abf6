// run

// x.(T) with comma-ok reports whether the dynamic type matches, without panicking.
package main

type Stringer interface {
	String() string
}

type Name string

func (n Name) String() string { return "name:" + string(n) }

func main() {
	var x interface{} = 42
	n, ok := x.(int)
	println(n, ok)
	s, ok := x.(string)
	println(s == "", ok)
	x = Name("bob")
	st, ok := x.(Stringer)
	println(ok, st.String())
	nm, ok := x.(Name)
	println(ok, string(nm))
	_, ok = x.(string)
	println(ok)
	var nilIface interface{}
	_, ok = nilIface.(int)
	println(ok)
}

// Output:
// 42 true
// true false
// true name:bob
// true bob
// false
// false
