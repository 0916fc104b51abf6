// run

// A deferred closure runs after the return value is set and can change a
// named result.
package main

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func trace(name string) func() {
	println("enter", name)
	return func() { println("leave", name) }
}

func work() int {
	defer trace("work")()
	return 7
}

func main() {
	println(double(), work())
}

// Output:
// enter work
// leave work
// 42 7
