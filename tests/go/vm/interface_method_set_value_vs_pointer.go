// run

// A value of type T has only T's value-receiver methods in its method set,
// while *T has both; so only &T satisfies an interface that needs a
// pointer-receiver method, and methods called through it act on the original.
package main

type Getter interface{ Get() int }

type Setter interface {
	Get() int
	Set(v int)
}

type Box struct{ v int }

func (b Box) Get() int   { return b.v }
func (b *Box) Set(v int) { b.v = v }

func main() {
	b := Box{1}
	var g Getter = b // value: copy of b
	var gp Getter = &b
	var s Setter = &b
	s.Set(7)
	println(b.v, g.Get(), gp.Get(), s.Get())
	b.Set(9) // addressable value: Go takes &b automatically
	println(b.v, g.Get(), gp.Get(), s.Get())
}

// Output:
// 7 1 7 7
// 9 1 9 9
