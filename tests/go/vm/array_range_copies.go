// run

// Ranging over an array iterates a copy (writes in the loop are not seen); over a pointer to an array it is not.
package main

func main() {
	a := [4]int{1, 2, 3, 4}
	for i, v := range a {
		if i == 0 {
			a[3] = 100
		}
		v *= 10
		if i > 0 {
			print(" ")
		}
		print(i, ":", v)
	}
	println()
	println(a[3])
	for i := range a {
		a[i] += 1
	}
	println(a[0], a[1], a[2], a[3])
	count := 0
	for range a {
		count++
	}
	println(count)
	p := &a
	for i, v := range p {
		if i == 0 {
			p[1] = -1
		}
		if i > 0 {
			print(" ")
		}
		print(v)
	}
	println()
}

// Output:
// 0:10 1:20 2:30 3:40
// 100
// 2 3 4 101
// 4
// 2 -1 4 101
