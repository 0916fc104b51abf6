// run

// recover only stops a panic when called directly by the deferred function;
// called from a helper that the deferred function calls, it returns nil and
// the panic continues (here to be stopped by the direct call that follows).
package main

func helper() interface{} {
	return recover()
}

func f() {
	defer func() {
		r := helper()
		println("helper got nil:", r == nil)
		r = recover()
		s, _ := r.(string)
		println("direct got:", s)
	}()
	panic("oops")
}

func main() {
	f()
	println("main continues")
}

// Output:
// helper got nil: true
// direct got: oops
// main continues
