// run

// Array literals (including [...] and keyed forms), indexing and len.
package main

func main() {
	var a [5]int
	for i := 0; i < len(a); i++ {
		a[i] = i * i
	}
	println(len(a), a[0], a[2], a[4])
	b := [...]string{"x", "y", "z"}
	println(len(b), b[0]+b[2])
	c := [...]int{2: 7, 5: 9}
	println(len(c), c[0], c[2], c[4], c[5])
	i := 3
	a[i]++
	a[i-1] += a[i]
	println(a[2], a[3])
	const n = 4
	var d [n * 2]byte
	println(len(d), cap(d))
}

// Output:
// 5 0 4 16
// 3 xz
// 6 0 7 0 9
// 14 10
// 8 8
