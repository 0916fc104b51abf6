// run

// A go statement evaluates the function value and its arguments at once,
// then runs the call in a new goroutine: methods (value and pointer
// receivers), closures and package functions.
package main

import "fmt"

type counter struct{ n int }

func (c *counter) add(k int, done chan<- bool) {
	c.n += k
	done <- true
}

type greeter string

func (g greeter) greet(out chan<- string) { out <- "hello " + string(g) }

func send(out chan<- string, s string) { out <- s }

func main() {
	done := make(chan bool)
	c := &counter{}
	for i := 1; i <= 4; i++ {
		go c.add(i, done)
		<-done
	}
	fmt.Println(c.n)

	out := make(chan string)
	g := greeter("gopher")
	go g.greet(out)
	g = "changed" // the receiver was evaluated by the go statement
	fmt.Println(<-out)

	msg := "first"
	go send(out, msg)
	msg = "second"
	fmt.Println(<-out)

	go func(s string) { out <- s + "!" }(msg)
	fmt.Println(<-out)
}

// Output:
// 10
// hello gopher
// first
// second!
