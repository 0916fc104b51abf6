// run

// Since Go 1.21, panic(nil) panics with a *runtime.PanicNilError, so recover
// returns a non-nil value whose Error() text names the nil argument.
package main

type errorLike interface{ Error() string }

func main() {
	defer func() {
		r := recover()
		println(r != nil)
		println(r.(errorLike).Error())
	}()
	panic(nil)
}

// Output:
// true
// panic called with nil argument
