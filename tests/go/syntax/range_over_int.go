// run

// Go 1.22: range over an integer counts from 0 up to it.
package main

func main() {
	sum := 0
	for i := range 10 {
		sum += i
	}
	for range 3 {
		sum++
	}
	_ = sum
}
