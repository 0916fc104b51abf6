// errorcheck

// append(s, xs...) takes exactly two arguments, and a multi-value call
// cannot be spread with ....
package main

func two() ([]int, []int) { return nil, nil }

func main() {
	var s []int
	_ = append(s, 1, s...) // ERROR "^too many arguments in call to append$"
	_ = append(s...)       // ERROR "^not enough arguments in call to append$"
	_ = append(two()...)   // ERROR "^cannot use \.\.\. with 2-valued two\(\)$"
}
