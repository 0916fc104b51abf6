// run

// panic with a value that has an Error() string method prints the result of
// Error().
package main

type myErr struct{ code int }

func (e myErr) Error() string {
	if e.code == 1 {
		return "code one"
	}
	return "other code"
}

func main() {
	panic(myErr{1})
}

// Panic: code one
