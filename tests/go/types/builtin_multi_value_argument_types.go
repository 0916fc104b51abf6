// errorcheck

// Each result of a multi-value call passed alone to a built-in is checked
// as that argument; errors name the call.
package main

func ints() (int, int)      { return 1, 2 }
func mixed() (int, float64) { return 1, 2 }
func notMap() (int, string) { return 1, "k" }

func main() {
	_ = complex(ints()) // ERROR "^invalid argument: arguments have type int, expected floating-point$"
	_ = copy(ints())    // ERROR "^invalid argument: copy expects slice arguments; found ints\(\) \(value of type int\) and ints\(\) \(value of type int\)$"
	_ = max(mixed())    // ERROR "^invalid argument: mismatched types int \(previous argument\) and float64 \(type of mixed\(\)\)$"
	_ = append(ints())  // ERROR "^first argument to append must be a slice; have ints\(\) \(value of type int\)$"
	delete(notMap())    // ERROR "^invalid argument: notMap\(\) \(value of type int\) is not a map$"
}
