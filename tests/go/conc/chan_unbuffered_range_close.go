// run

// An unbuffered channel hands each value from a producer goroutine to the
// receiver; close ends the receiver's range loop after the last value.
package main

import "fmt"

func squares(n int, out chan<- int) {
	for i := 1; i <= n; i++ {
		out <- i * i
	}
	close(out)
}

func main() {
	ch := make(chan int)
	go squares(5, ch)
	for v := range ch {
		fmt.Println(v)
	}
	fmt.Println("done")
}

// Output:
// 1
// 4
// 9
// 16
// 25
// done
