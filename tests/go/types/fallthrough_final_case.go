// errorcheck

// The last case of a switch has nothing to fall through to.
package main

func main() {
	switch 1 {
	case 1:
		fallthrough
	default:
		fallthrough // ERROR "^cannot fallthrough final case in switch$"
	}
}
