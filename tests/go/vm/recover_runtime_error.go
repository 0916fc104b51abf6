// run

// A runtime error (index out of range) is recovered as an error value with Go's message.
package main

func at(s []int, i int) (v int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			if err, ok := r.(error); ok {
				msg = err.Error()
			}
		}
	}()
	return s[i], "ok"
}

func div(a, b int) (q int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = r.(error).Error()
		}
	}()
	return a / b, "ok"
}

func main() {
	s := []int{1, 2, 3}
	println(at(s, 1))
	println(at(s, 5))
	println(at(s, -1))
	println(div(7, 2))
	println(div(7, 0))
}

// Output:
// 2 ok
// 0 runtime error: index out of range [5] with length 3
// 0 runtime error: index out of range [-1]
// 3 ok
// 0 runtime error: integer divide by zero
