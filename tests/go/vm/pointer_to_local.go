// run

// &x of a local: writes through the pointer change x, and the local outlives its function.
package main

func inc(p *int) {
	*p++
}

func makeInt(v int) *int {
	x := v
	return &x
}

func swap(a, b *int) {
	*a, *b = *b, *a
}

func main() {
	x := 1
	p := &x
	*p = 5
	println(x)
	inc(&x)
	inc(p)
	println(x, *p)
	q := makeInt(7)
	r := makeInt(8)
	*q += 10
	println(*q, *r)
	a, b := 1, 2
	swap(&a, &b)
	println(a, b)
}

// Output:
// 5
// 7 7
// 17 8
// 2 1
