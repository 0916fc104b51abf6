// errorcheck

// An inline union constraint is printed as written.
package main

func double[T ~int | ~float64](x T) T { return x * 2 }

func main() {
	_ = double(2.5)
	_ = double[string]("x") // ERROR "^string does not satisfy ~int \| ~float64 \(string missing in ~int \| ~float64\)$"
}
