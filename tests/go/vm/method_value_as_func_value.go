// run

// Method values can be stored in struct fields, slices and maps, and passed
// as ordinary func arguments.
package main

type Acc struct{ total int }

func (a *Acc) Add(n int)      { a.total += n }
func (a Acc) Twice(n int) int { return 2*n + a.total }

type Handler struct {
	name string
	fn   func(int)
}

func apply(f func(int), xs ...int) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	a := &Acc{}
	h := Handler{"add", a.Add}
	h.fn(5)
	apply(a.Add, 1, 2, 3)
	println(h.name, a.total)
	fs := []func(int) int{a.Twice, Acc{100}.Twice}
	println(fs[0](1), fs[1](1))
	m := map[string]func(int){"add": a.Add}
	m["add"](10)
	println(a.total)
}

// Output:
// add 11
// 13 102
// 21
