// run

// An interface holding a nil pointer is not a nil interface; only an
// interface with no dynamic type compares equal to nil.
package main

type T struct{ x int }

func (t *T) IsNil() bool { return t == nil }

type I interface{ IsNil() bool }

func find(ok bool) *T {
	if ok {
		return &T{1}
	}
	return nil
}

func asI(ok bool) I {
	return find(ok) // returns a non-nil interface even when the pointer is nil
}

func main() {
	var i I
	println(i == nil)
	var p *T
	i = p
	println(i == nil, p == nil, i.IsNil())
	j := asI(false)
	println(j == nil, j.IsNil())
	k := asI(true)
	println(k == nil, k.IsNil())
	var e interface{} = p
	println(e == nil, e.(*T) == nil)
}

// Output:
// true
// false true true
// false true
// false false
// false true
