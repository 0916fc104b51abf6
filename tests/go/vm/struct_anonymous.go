// run

// Anonymous struct types: literals, slices of them, and assignability between identical types.
package main

type Named struct {
	A int
	B string
}

func main() {
	p := struct {
		A int
		B string
	}{1, "one"}
	println(p.A, p.B)
	var n Named = p
	n.A = 2
	println(n.A, n.B, p.A)
	list := []struct {
		K string
		V int
	}{{"a", 1}, {"b", 2}, {"c", 3}}
	sum := 0
	for _, e := range list {
		print(e.K)
		sum += e.V
	}
	println(" ", sum)
	var empty struct{}
	println(empty == struct{}{})
}

// Output:
// 1 one
// 2 one 1
// abc  6
// true
