// run

// Asserting an interface value to an interface type its dynamic type does not
// implement panics and names the missing method.
package main

type I interface{ M() }

type J interface{ N() }

type T struct{}

func (T) N() {}

func main() {
	var j J = T{}
	_, ok := j.(I)
	println(ok)
	i := j.(I)
	i.M()
}

// Output:
// false
// Panic: interface conversion: main.T is not main.I: missing method M
