// run

// new(T) returns a pointer to a fresh zero value of T.
package main

type Counter struct {
	N    int
	Name string
}

func main() {
	ip := new(int)
	println(*ip)
	*ip = 42
	*ip += 1
	println(*ip)
	cp := new(Counter)
	println(cp.N, cp.Name == "")
	cp.N++
	cp.Name = "c"
	println(cp.N, cp.Name)
	a := new(int)
	b := new(int)
	println(a == b, *a == *b)
	sp := new([]string)
	println(*sp == nil, len(*sp))
	*sp = append(*sp, "x")
	println(len(*sp), (*sp)[0])
}

// Output:
// 0
// 43
// 0 true
// 1 c
// false true
// true 0
// 1 x
