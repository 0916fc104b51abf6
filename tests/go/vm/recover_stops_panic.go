// run

// recover in a deferred function stops the panic; the function returns normally to its caller.
package main

func safe(f func()) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	f()
	return true
}

func main() {
	println(safe(func() { println("fine") }))
	println(safe(func() {
		println("about to panic")
		panic("boom")
	}))
	println(recover() == nil)
	println("main continues")
}

// Output:
// fine
// true
// about to panic
// false
// true
// main continues
