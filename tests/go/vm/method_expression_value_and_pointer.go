// run

// Method expressions T.M and (*T).M are ordinary functions taking the receiver
// as the first argument; (*T).M also works for value-receiver methods.
package main

type P struct{ x int }

func (p P) Add(d int) int { return p.x + d }
func (p *P) Scale(k int)  { p.x *= k }

func main() {
	add := P.Add
	println(add(P{3}, 4))
	scale := (*P).Scale
	p := P{5}
	scale(&p, 3)
	println(p.x)
	addp := (*P).Add
	println(addp(&p, 1))
	var f func(P, int) int = P.Add
	println(f(P{1}, 1))
}

// Output:
// 7
// 15
// 16
// 2
