// run

// An interface is nil only with no dynamic type; a nil pointer inside makes it non-nil.
package main

type Err struct{ msg string }

func (e *Err) Error() string { return e.msg }

func find(fail bool) error {
	if fail {
		return &Err{"failed"}
	}
	return nil
}

func typedNil() error {
	var p *Err
	return p
}

func main() {
	var e error
	println(e == nil)
	println(find(false) == nil, find(true) == nil)
	println(find(true).Error())
	t := typedNil()
	println(t == nil, t.(*Err) == nil)
	var i interface{}
	println(i == nil)
	i = (*int)(nil)
	println(i == nil)
	i = nil
	println(i == nil)
}

// Output:
// true
// true false
// failed
// false true
// true
// false
// true
