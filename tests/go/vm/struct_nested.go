// run

// Nested structs are stored inline: copying the outer copies the inner too.
package main

type Inner struct {
	A, B int
}

type Outer struct {
	Name string
	In   Inner
	Arr  [2]Inner
}

func main() {
	o := Outer{Name: "o", In: Inner{1, 2}}
	o.Arr[1].B = 7
	p := o
	p.In.A = 100
	p.Arr[1].B = 70
	println(o.Name, o.In.A, o.In.B, o.Arr[1].B)
	println(p.Name, p.In.A, p.In.B, p.Arr[1].B)
	o.In = Inner{B: 9}
	println(o.In.A, o.In.B)
}

// Output:
// o 1 2 7
// o 100 2 70
// 0 9
