// run

// A recovered index-out-of-range panic value implements Error() string with
// Go's runtime error text, and also has the RuntimeError marker method.
package main

type errorLike interface{ Error() string }

type runtimeError interface {
	Error() string
	RuntimeError()
}

func main() {
	defer func() {
		r := recover()
		e, ok := r.(errorLike)
		println(ok, e.Error())
		_, ok = r.(runtimeError)
		println("runtime error:", ok)
		_, ok = r.(string)
		println("string:", ok)
	}()
	s := []int{1, 2, 3}
	i := 5
	println(s[i])
}

// Output:
// true runtime error: index out of range [5] with length 3
// runtime error: true
// string: false
