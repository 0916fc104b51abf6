// run

// recover returns the value passed to panic, whatever its type.
package main

type MyErr struct{ Code int }

func (e MyErr) Error() string { return "myerr" }

func catch(f func()) (r any) {
	defer func() {
		r = recover()
	}()
	f()
	return nil
}

func main() {
	r := catch(func() { panic("text") })
	println(r.(string))
	r = catch(func() { panic(42) })
	println(r.(int) + 1)
	r = catch(func() { panic(MyErr{7}) })
	e := r.(error)
	println(e.Error(), r.(MyErr).Code)
	r = catch(func() {})
	println(r == nil)
}

// Output:
// text
// 43
// myerr 7
// true
