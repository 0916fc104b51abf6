// run

// Functions return structs by value, including as one of several results.
package main

type Rect struct {
	W, H int
}

func newRect(w, h int) Rect {
	return Rect{W: w, H: h}
}

func split(r Rect) (Rect, Rect, bool) {
	if r.W < 2 {
		return r, Rect{}, false
	}
	return Rect{r.W / 2, r.H}, Rect{r.W - r.W/2, r.H}, true
}

func main() {
	r := newRect(5, 3)
	println(r.W, r.H, newRect(7, 8).H)
	a, b, ok := split(r)
	println(a.W, a.H, b.W, b.H, ok)
	a, b, ok = split(Rect{1, 1})
	println(a.W, a.H, b.W, b.H, ok)
}

// Output:
// 5 3 8
// 2 3 3 3 true
// 1 1 0 0 false
