// errorcheck

// Returned values must be assignable to the result types.
package main

func name() string {
	n := 7
	return n // ERROR "^cannot use n \(variable of type int\) as string value in return statement$"
}

func main() { _ = name() }
