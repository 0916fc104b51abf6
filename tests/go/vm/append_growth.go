// run

// append grows capacity as Go does and shares the array while it fits.
package main

func main() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
		print(cap(s), " ")
	}
	println()
	a := make([]int, 3, 10)
	b := append(a, 1)
	c := append(a, 2)
	println(b[3], c[3], len(a), len(b))
	var bs []byte
	bs = append(bs, 'x')
	println(cap(bs))
	d := []int{1, 2, 3, 4, 5}
	e := d[1:3]
	e = append(e, 99)
	println(d[3], len(e), cap(e))
	n := copy(d, []int{7, 8})
	println(n, d[0], d[1], d[2])
}

// Output:
// 1 2 4 4 8 8 8 8 16 16 
// 2 2 3 4
// 8
// 99 3 4
// 2 7 8 3
