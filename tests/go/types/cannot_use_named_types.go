// errorcheck

// Two named types with the same underlying type are still different types.
package main

type celsius float64
type fahrenheit float64

func main() {
	var c celsius = 20
	var f fahrenheit
	f = c // ERROR "^cannot use c \(variable of type celsius\) as fahrenheit value in assignment$"
	f = fahrenheit(c)
	_ = f
}
