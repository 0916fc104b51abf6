// errorcheck

// range needs an array, slice, string, map, channel or (Go 1.22) integer.
package main

func main() {
	for i := range 5.0 { // ERROR "^cannot range over 5\.0 \(untyped float constant 5\)$"
		_ = i
	}
	f := 1.5
	for range f { // ERROR "^cannot range over f \(variable of type float64\)$"
	}
	for i := range 3 {
		_ = i
	}
}
