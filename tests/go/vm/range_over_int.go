// run

// Go 1.22: for i := range n counts from 0 to n-1.
package main

func main() {
	total := 0
	for i := range 5 {
		total += i
	}
	for range 3 {
		total++
	}
	println(total)
}

// Output:
// 13
