// run

// A user-defined error-like interface with an Error() string method; nil
// means success, and concrete error types can be recovered by type assertion.
package main

type error2 interface{ Error() string }

type myErr struct {
	code int
	msg  string
}

func (e *myErr) Error() string { return e.msg }

type parseErr struct{ pos int }

func (e parseErr) Error() string { return "parse error" }

func div(a, b int) (int, error2) {
	if b == 0 {
		return 0, &myErr{code: 22, msg: "division by zero"}
	}
	if a < 0 {
		return 0, parseErr{pos: a}
	}
	return a / b, nil
}

func main() {
	for _, c := range [][2]int{{10, 2}, {1, 0}, {-3, 1}} {
		q, err := div(c[0], c[1])
		if err != nil {
			println("error:", err.Error())
			if me, ok := err.(*myErr); ok {
				println("  code", me.code)
			}
			if pe, ok := err.(parseErr); ok {
				println("  pos", pe.pos)
			}
			continue
		}
		println("ok", q)
	}
}

// Output:
// ok 5
// error: division by zero
//   code 22
// error: parse error
//   pos -3
