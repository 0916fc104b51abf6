// run

// Slicing an array or a pointer to an array shares the array's storage; the
// slice's capacity runs to the end of the array; a[lo:hi:max] limits it.
package main

func main() {
	a := [5]int{0, 1, 2, 3, 4}
	s := a[1:3]
	println(len(s), cap(s), s[0], s[1])
	s[0] = 10
	println(a[1])
	p := &a
	all := p[:]
	all[4] = 40
	println(len(all), a[4])
	tail := p[3:]
	println(len(tail), tail[0], tail[1])
	lim := a[1:2:3]
	println(len(lim), cap(lim))
	lim = append(lim, 99) // fits in capacity: overwrites a[2]
	println(a[2])
	lim = append(lim, 100) // exceeds capacity: new array
	lim[0] = -1
	println(a[1], a[3], lim[0])
	println(p[2], len(p))
}

// Output:
// 2 4 1 2
// 10
// 5 40
// 2 3 40
// 1 2
// 99
// 10 3 -1
// 99 5
