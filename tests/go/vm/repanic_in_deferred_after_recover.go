// run

// A deferred function that recovers and then panics again with a new value
// replaces the first panic; outer deferred calls still run before the crash.
// Go 1.22 prints two lines: "panic: first [recovered]" and then, indented by
// a tab, "panic: second: first". tests/run.mjs matches one whole line equal to
// "panic: " + the Panic text, so the Panic line below pins the first of them;
// the tab-indented second line is not checked.
package main

func main() {
	defer println("outer deferred")
	defer func() {
		r := recover()
		s, _ := r.(string)
		println("recovered", s)
		panic("second: " + s)
	}()
	panic("first")
}

// Output:
// recovered first
// outer deferred
// Panic: first [recovered]
