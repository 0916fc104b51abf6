// run

// defer and go accept the built-ins close, panic and println: their
// arguments are evaluated at the statement, the call happens later.
package main

import "fmt"

func numbers(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	return ch
}

func main() {
	sum := 0
	for v := range numbers(5) {
		sum += v
	}
	fmt.Println("sum", sum)

	done := make(chan struct{})
	go close(done)
	<-done
	fmt.Println("closed by go close")

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		msg := "first"
		defer panic(msg) // msg is evaluated now
		msg = "second"
	}()
}

// Output:
// sum 10
// closed by go close
// recovered: first
