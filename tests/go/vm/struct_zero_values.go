// run

// A declared struct has every field set to its zero value, recursively.
package main

type Inner struct {
	F float64
	P *int
}

type S struct {
	I  int
	S  string
	B  bool
	In Inner
	A  [2]int
	Sl []int
	M  map[string]int
}

func main() {
	var s S
	println(s.I, s.S == "", len(s.S), s.B, s.In.F, s.In.P == nil)
	println(s.A[0], s.A[1], s.Sl == nil, len(s.Sl), s.M == nil, len(s.M))
	t := S{I: 5}
	println(t.I, t.B, t.A[1])
	p := new(S)
	println(p.I, p.S == "", p.Sl == nil)
}

// Output:
// 0 true 0 false +0.000000e+000 true
// 0 0 true 0 true 0
// 5 false 0
// 0 true true
