// run

// A type switch's nil case matches only a nil interface (not one holding a nil
// pointer), and default catches every type not listed.
package main

type T struct{}

func classify(e interface{}) string {
	switch e.(type) {
	case nil:
		return "nil"
	case *T:
		return "*T"
	case int:
		return "int"
	default:
		return "default"
	}
}

func withVar(e interface{}) {
	switch v := e.(type) {
	case nil:
		println("nil case, v == nil:", v == nil)
	case bool:
		println("bool", v)
	default:
		println("default, v == nil:", v == nil)
	}
}

func main() {
	var p *T
	println(classify(nil), classify(p), classify(&T{}), classify(3), classify("x"))
	withVar(nil)
	withVar(true)
	withVar(p)
}

// Output:
// nil *T *T int default
// nil case, v == nil: true
// bool true
// default, v == nil: false
