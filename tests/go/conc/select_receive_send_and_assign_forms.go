// run

// select waits on several channels at once: receive cases in every
// assignment form, send cases, and a receive that sees a closed channel.
package main

import "fmt"

func main() {
	nums := make(chan int)
	words := make(chan string)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			nums <- i
		}
		words <- "hello"
		close(quit)
	}()
	for running := true; running; {
		select {
		case v := <-nums:
			fmt.Println("num", v)
		case s, ok := <-words:
			fmt.Println("word", s, ok)
		case _, ok := <-quit:
			fmt.Println("quit", ok)
			running = false
		}
	}

	out := make(chan int, 1)
	var x int
	var ok bool
	select {
	case out <- 7:
		fmt.Println("sent 7")
	}
	select {
	case x, ok = <-out:
	}
	fmt.Println(x, ok)
}

// Output:
// num 0
// num 1
// num 2
// word hello true
// quit false
// sent 7
// 7 true
