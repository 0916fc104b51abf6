// errorcheck

// The symbol bound by a type switch must be used in at least one clause.
package main

func main() {
	var i interface{} = 1
	switch v := i.(type) { // ERROR "^v declared and not used$"
	case int:
	case string:
	}
}
