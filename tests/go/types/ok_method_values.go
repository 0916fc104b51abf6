// run

// Method values bind their receiver; method expressions take it as the first
// argument.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func (c Counter) Get() int { return c.n }

func apply(f func(), times int) {
	for i := 0; i < times; i++ {
		f()
	}
}

func main() {
	var c Counter
	inc := c.Inc // &c is bound
	apply(inc, 3)
	get := c.Get // c is copied now
	c.Inc()
	fmt.Println(c.Get(), get())
	incExpr := (*Counter).Inc
	incExpr(&c)
	getExpr := Counter.Get
	fmt.Println(getExpr(c))
	fs := []func() int{c.Get, (&c).Get}
	fmt.Println(fs[0](), fs[1]())
}
