// run

// Methods promoted from an embedded *Base (pointer-receiver methods included)
// make the outer struct, even by value, satisfy an interface, and they act on
// the shared Base.
package main

type Counter interface {
	Inc()
	Count() int
}

type Base struct{ n int }

func (b *Base) Inc()       { b.n++ }
func (b *Base) Count() int { return b.n }

type Outer struct {
	*Base
	name string
}

func main() {
	shared := &Base{}
	o := Outer{shared, "o"}
	var c Counter = o // Outer's value method set includes *Base's methods
	c.Inc()
	c.Inc()
	var c2 Counter = &Outer{shared, "p"}
	c2.Inc()
	println(c.Count(), c2.Count(), shared.n, o.Count())
}

// Output:
// 3 3 3 3
