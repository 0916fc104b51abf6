// run

// An interface holding a value holds a copy; one holding a pointer shares the pointee.
package main

type Getter interface {
	Get() int
}

type Setter interface {
	Getter
	Set(int)
}

type Box struct{ v int }

func (b Box) Get() int { return b.v }

func (b *Box) Set(v int) { b.v = v }

func main() {
	b := Box{1}
	var byValue Getter = b
	var byPtr Setter = &b
	b.v = 2
	println(byValue.Get(), byPtr.Get())
	byPtr.Set(3)
	println(b.v, byValue.Get(), byPtr.Get())
	var g Getter = &b
	_, isPtr := g.(*Box)
	_, isVal := g.(Box)
	println(isPtr, isVal)
	var e1, e2 interface{} = b, b
	println(e1 == e2)
	e3, e4 := interface{}(&b), interface{}(&b)
	println(e3 == e4, e1 == e3)
}

// Output:
// 1 2
// 3 1 3
// true false
// true
// true false
