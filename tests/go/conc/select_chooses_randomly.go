// run

// When several cases are ready, select picks one at random: over many
// rounds each ready case is chosen often.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := [2]int{}
	for i := 0; i < 2000; i++ {
		a <- 1
		b <- 1
		select {
		case <-a:
			counts[0]++
			<-b
		case <-b:
			counts[1]++
			<-a
		}
	}
	fmt.Println(counts[0] > 700, counts[1] > 700, counts[0]+counts[1])
}

// Output:
// true true 2000
