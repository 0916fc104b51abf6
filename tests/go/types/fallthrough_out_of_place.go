// errorcheck

// fallthrough must be the last statement of a switch case.
package main

func main() {
	switch x := 1; x {
	case 1:
		fallthrough
	case 2:
		if x > 0 {
			fallthrough // ERROR "^fallthrough statement out of place$"
		}
	}
}
