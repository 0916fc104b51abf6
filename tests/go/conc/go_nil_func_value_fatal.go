// run

// A go statement with a nil function value is a fatal error.
package main

func main() {
	var f func()
	go f()
}

// Fatal: go of nil func value
