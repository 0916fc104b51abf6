// errorcheck

// fallthrough is not allowed in a type switch.
package main

func main() {
	var i interface{} = 1
	switch i.(type) {
	case int:
		fallthrough // ERROR "^cannot fallthrough in type switch$"
	case string:
	}
}
