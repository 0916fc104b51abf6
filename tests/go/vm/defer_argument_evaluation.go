// run

// A deferred call's arguments are evaluated at the defer statement, not when it runs.
package main

type T struct{ n int }

func (t T) show(tag string) { println(tag, t.n) }

func main() {
	x := 1
	defer println("deferred x =", x)
	t := T{10}
	defer t.show("value receiver")
	p := &x
	defer func() { println("closure sees x =", *p) }()
	defer func(v int) { println("arg v =", v) }(x * 100)
	x = 2
	t.n = 20
	println("body x =", x)
}

// Output:
// body x = 2
// arg v = 100
// closure sees x = 2
// value receiver 10
// deferred x = 1
