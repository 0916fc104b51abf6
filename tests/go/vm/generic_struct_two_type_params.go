// run

// A generic struct with two type parameters, with methods using both, and a
// generic constructor function.
package main

type Pair[K, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[V, K] { return Pair[V, K]{p.Val, p.Key} }

func (p *Pair[K, V]) Set(v V) { p.Val = v }

func MakePair[K, V any](k K, v V) Pair[K, V] {
	return Pair[K, V]{Key: k, Val: v}
}

func main() {
	p := MakePair("age", 30)
	println(p.Key, p.Val)
	p.Set(31)
	println(p.Val)
	q := Pair[int, string]{1, "one"}
	s := q.Swap()
	println(s.Key, s.Val)
	pairs := []Pair[string, bool]{{"a", true}, {"b", false}}
	for _, x := range pairs {
		println(x.Key, x.Val)
	}
}

// Output:
// age 30
// 31
// one 1
// a true
// b false
