// errorcheck

// Arguments must be assignable to the parameter types.
package main

func greet(name string) {}

func main() {
	n := 42
	greet(n) // ERROR "^cannot use n \(variable of type int\) as string value in argument to greet$"
}
