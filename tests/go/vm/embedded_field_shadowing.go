// run

// An outer field or method with the same name shadows the promoted one from an embedded struct.
package main

type Base struct {
	ID   int
	Name string
}

func (b Base) Hello() string {
	return "base " + b.Name
}

func (b Base) Kind() string {
	return "base"
}

type Derived struct {
	Base
	Name string
}

func (d Derived) Hello() string {
	return "derived " + d.Name + " / " + d.Base.Hello()
}

func main() {
	d := Derived{Base{1, "inner"}, "outer"}
	println(d.Name, d.Base.Name, d.ID)
	println(d.Hello())
	println(d.Kind())
	d.Name = "changed"
	println(d.Base.Name, d.Name)
}

// Output:
// outer inner 1
// derived outer / base inner
// base
// inner changed
