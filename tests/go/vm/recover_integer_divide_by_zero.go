// run

// An integer division by zero panic can be recovered; its value's Error()
// text is Go's runtime error message.
package main

type errorLike interface{ Error() string }

func div(a, b int) (res int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = r.(errorLike).Error()
		}
	}()
	return a / b, "ok"
}

func main() {
	println(div(9, 3))
	println(div(9, 0))
	z := 0
	res, msg := func() (int, string) {
		defer func() { recover() }()
		return 1 % z, "mod"
	}()
	println(res, msg == "")
}

// Output:
// 3 ok
// 0 runtime error: integer divide by zero
// 0 true
