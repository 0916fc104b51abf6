// run

// recover returns the value passed to panic unchanged: an int, a string, or a
// value of a user-defined struct type, recoverable by type assertion.
package main

type Problem struct {
	Code int
	Msg  string
}

func catch(f func()) (r interface{}) {
	defer func() {
		r = recover()
	}()
	f()
	return nil
}

func main() {
	r := catch(func() { panic(42) })
	n, ok := r.(int)
	println(n, ok)
	r = catch(func() { panic("boom") })
	s, ok := r.(string)
	println(s, ok)
	r = catch(func() { panic(Problem{7, "bad"}) })
	p, ok := r.(Problem)
	println(p.Code, p.Msg, ok)
	r = catch(func() { panic(&Problem{8, "ptr"}) })
	pp, ok := r.(*Problem)
	println(pp.Code, pp.Msg, ok)
	r = catch(func() {})
	println(r == nil)
}

// Output:
// 42 true
// boom true
// 7 bad true
// 8 ptr true
// true
