// run

// After a deferred func recovers, a later deferred func can panic again; an outer recover catches it.
package main

func inner() {
	defer func() {
		panic("second")
	}()
	defer func() {
		println("recovered:", recover().(string))
	}()
	panic("first")
}

func main() {
	defer func() {
		println("outer recovered:", recover().(string))
	}()
	inner()
	println("not reached")
}

// Output:
// recovered: first
// outer recovered: second
