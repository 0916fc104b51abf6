// run

// A deferred call that panics while a panic is already in progress (without
// recovering) starts a new panic; remaining deferred calls still run, and Go
// reports both. Go 1.22 prints "panic: first" and then, indented by a tab,
// "panic: second". tests/run.mjs matches one whole line equal to "panic: " +
// the Panic text, so the Panic line below pins the first of them; the
// tab-indented second line is not checked.
package main

func main() {
	defer println("last deferred")
	defer func() {
		panic("second")
	}()
	println("start")
	panic("first")
}

// Output:
// start
// last deferred
// Panic: first
