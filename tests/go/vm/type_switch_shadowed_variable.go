// run

// `switch x := x.(type)` declares a new x in each clause that shadows the
// outer one; the outer variable is unchanged after the switch.
package main

func f(x interface{}) {
	switch x := x.(type) {
	case int:
		x += 100 // the int copy, not the interface
		println("int", x)
	case string:
		x = x + "!"
		println("string", x)
	default:
		_ = x
		println("other")
	}
	n, isInt := x.(int)
	println("after:", n, isInt)
}

func main() {
	f(1)
	f("hi")
	f(true)
}

// Output:
// int 101
// after: 1 true
// string hi!
// after: 0 false
// other
// after: 0 false
