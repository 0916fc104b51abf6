// run

// A method value with a value receiver copies the receiver when the method
// value is evaluated; later changes to the variable are not seen.
package main

type T struct{ n int }

func (t T) Get() int { return t.n }

func main() {
	t := T{1}
	f := t.Get
	t.n = 2
	g := t.Get
	t.n = 3
	println(f(), g(), t.Get())
	p := &t
	h := p.Get // copies *p now
	p.n = 4
	println(h(), p.Get())
}

// Output:
// 1 2 3
// 3 4
