// run

// A deferred closure can read and change the function's named results after return sets them.
package main

func double() (n int) {
	defer func() {
		n *= 2
	}()
	return 21
}

func withErr(fail bool) (val int, err string) {
	defer func() {
		if r := recover(); r != nil {
			val = -1
			err = r.(string)
		}
	}()
	if fail {
		panic("bad input")
	}
	return 7, ""
}

func trace() (s string) {
	defer func() { s += " world" }()
	s = "hello"
	return s
}

func main() {
	println(double())
	v, e := withErr(false)
	println(v, e == "")
	v, e = withErr(true)
	println(v, e)
	println(trace())
}

// Output:
// 42
// 7 true
// -1 bad input
// hello world
