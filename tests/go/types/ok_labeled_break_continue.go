// run

// Labeled break and continue leave or restart an outer loop, and break with
// a label leaves a switch or select inside a loop.
package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
	sum := 0
outer:
	for _, row := range grid {
		for _, v := range row {
			if v < 0 {
				continue outer
			}
			if v > 7 {
				break outer
			}
			sum += v
		}
	}
	fmt.Println(sum)

	n := 0
loop:
	for {
		switch {
		case n >= 3:
			break loop
		default:
			n++
		}
	}
	c := make(chan int, 1)
	c <- 1
sel:
	for {
		select {
		case v := <-c:
			fmt.Println("got", v)
		default:
			break sel
		}
	}
	fmt.Println(n)
}
