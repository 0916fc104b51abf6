// run

// A method value v.M binds its receiver when evaluated (a copy for value receivers).
package main

type Counter struct {
	n int
}

func (c Counter) Show() int {
	return c.n
}

func (c *Counter) Inc() {
	c.n++
}

func apply(f func(), times int) {
	for i := 0; i < times; i++ {
		f()
	}
}

func main() {
	c := Counter{1}
	show := c.Show
	inc := c.Inc
	c.n = 5
	println(show(), c.Show())
	inc()
	apply(inc, 3)
	println(c.n)
	fs := []func() int{c.Show}
	c.n = 0
	println(fs[0]())
}

// Output:
// 1 5
// 9
// 9
