// run

// In a []*T or map[K]*T literal, an element {...} stands for &T{...}.
package main

type Box struct{ N int }

func main() {
	bs := []*Box{nil, {5}, {N: 7}}
	m := map[string]*Box{"a": {1}}
	println(bs[0] == nil, bs[1].N, bs[2].N, m["a"].N)
	bs[1].N++
	println(bs[1].N)
}

// Output:
// true 5 7 1
// 6
