// run

// A pointer-receiver method called on an addressable value takes its address implicitly.
package main

type Counter struct {
	n int
}

func (c *Counter) Inc() {
	c.n++
}

func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

func (c Counter) Get() int {
	return c.n
}

type Holder struct {
	C Counter
}

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	println(c.Get())
	c.Add(5).Add(10).Inc()
	println(c.n)
	arr := [2]Counter{}
	arr[1].Inc()
	println(arr[0].n, arr[1].n)
	h := Holder{}
	h.C.Add(3)
	println(h.C.Get())
	s := []Counter{{1}, {2}}
	s[0].Add(100)
	println(s[0].n)
}

// Output:
// 2
// 18
// 0 1
// 3
// 101
