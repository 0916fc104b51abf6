// run

// Pointers to array and slice elements alias the element itself.
package main

func main() {
	a := [3]int{10, 20, 30}
	p := &a[1]
	*p = 21
	println(a[0], a[1], a[2])
	s := a[:]
	q := &s[2]
	*q += 5
	println(a[2], s[2])
	b := a
	*p = 0
	println(a[1], b[1])
	grid := [2][2]int{}
	g := &grid[1][0]
	*g = 9
	println(grid[1][0], grid[0][0])
}

// Output:
// 10 21 30
// 35 35
// 0 21
// 9 0
