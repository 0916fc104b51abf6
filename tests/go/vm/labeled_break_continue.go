// run

// break and continue with labels leave or continue the outer loop.
package main

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			println(i, j)
		}
	}
	n := 0
	for {
		n++
		if n == 4 {
			break
		}
	}
	println(n)
}

// Output:
// 0 0
// 0 1
// 1 0
// 1 1
// 4
