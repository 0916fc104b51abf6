// run

// After an inner function recovers, it returns normally; the caller carries on
// and all of the caller's deferred calls run later in LIFO order.
package main

func inner() {
	defer println("inner defer 2")
	defer func() {
		r := recover()
		println("inner recovered:", r.(string))
	}()
	defer println("inner defer 1")
	panic("inner panic")
}

func outer() {
	defer println("outer defer A")
	defer println("outer defer B")
	inner()
	println("outer after inner")
}

func main() {
	outer()
	println("main end")
}

// Output:
// inner defer 1
// inner recovered: inner panic
// inner defer 2
// outer after inner
// outer defer B
// outer defer A
// main end
