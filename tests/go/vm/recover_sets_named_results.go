// run

// After recover stops a panic, the function returns normally to its caller
// with whatever the deferred function stored in the named results.
package main

func safeDiv(a, b int) (q int, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			q = -1
			ok = false
		}
	}()
	q = 99 // overwritten by the deferred func on panic
	return a / b, true
}

func work() (n int) {
	defer func() {
		recover()
		n *= 2
	}()
	n = 21
	panic("stop")
}

func main() {
	q, ok := safeDiv(7, 2)
	println(q, ok)
	q, ok = safeDiv(7, 0)
	println(q, ok)
	println(work())
	println("main continues")
}

// Output:
// 3 true
// -1 false
// 42
// main continues
