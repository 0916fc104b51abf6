// errorcheck

// defer and go take a function call, not a function value.
package main

func main() {
	f := func() {}
	defer f // ERROR "^expression in defer must be function call$"
	go f // ERROR "^expression in go must be function call$"
	defer f()
}
