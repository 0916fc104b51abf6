// run

// Closures capture variables by reference: writes inside are visible outside and vice versa.
package main

func each(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	total := 0
	max := -1
	each([]int{3, 9, 2, 7}, func(x int) {
		total += x
		if x > max {
			max = x
		}
	})
	println(total, max)
	s := "a"
	add := func(t string) { s += t }
	add("b")
	s = s + "-"
	add("c")
	println(s)
	x := 1
	get := func() int { return x }
	x = 2
	println(get())
}

// Output:
// 21 9
// ab-c
// 2
