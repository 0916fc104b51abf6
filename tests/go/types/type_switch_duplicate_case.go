// errorcheck

// A type may appear only once among the cases of a type switch.
package main

func main() {
	var i interface{} = 1
	switch i.(type) {
	case int, string: // ERROR "^previous case$"
	case bool, int: // ERROR "^duplicate case int in type switch$"
	}
}
