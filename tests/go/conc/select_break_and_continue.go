// run

// break inside a select leaves the select; continue and labeled break act
// on the enclosing loop.
package main

import "fmt"

func main() {
	c := make(chan int, 10)
	for i := 0; i < 10; i++ {
		c <- i
	}
	close(c)
	sum := 0
loop:
	for {
		select {
		case v, ok := <-c:
			if !ok {
				break loop
			}
			if v%2 == 0 {
				continue
			}
			if v == 7 {
				break // only the select
			}
			sum += v
		}
	}
	fmt.Println(sum)
}

// Output:
// 18
