// run

// A method value with a pointer receiver binds the pointer (taking the
// variable's address implicitly), so it sees and makes later changes.
package main

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c *Counter) Get() int { return c.n }

func main() {
	var c Counter
	inc := c.Inc // &c
	get := c.Get
	inc()
	inc()
	println(c.n, get())
	c.n = 10
	println(get(), inc(), c.n)
}

// Output:
// 2 2
// 10 11 11
