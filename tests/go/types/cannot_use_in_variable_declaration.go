// errorcheck

// A variable's initializer must be assignable to its declared type.
package main

func main() {
	f := 2.5
	var i int = f // ERROR "^cannot use f \(variable of type float64\) as int value in variable declaration$"
	_ = i
}
