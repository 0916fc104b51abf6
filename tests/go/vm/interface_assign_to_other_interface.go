// run

// Assigning one interface value to a variable of another interface type keeps
// the same dynamic type and value; converting to a narrower interface and
// asserting back to the wider one works.
package main

type Namer interface{ Name() string }

type Greeter interface {
	Name() string
	Greet() string
}

type Person struct{ n string }

func (p Person) Name() string  { return p.n }
func (p Person) Greet() string { return "hi " + p.n }

func main() {
	var g Greeter = Person{"ann"}
	var n Namer = g
	println(n.Name())
	var e interface{} = n
	p, ok := e.(Person)
	println(p.n, ok)
	g2, ok := n.(Greeter)
	println(g2.Greet(), ok)
	n = Person{"bob"}
	println(n.Name(), g.Name())
}

// Output:
// ann
// ann true
// hi ann true
// bob ann
