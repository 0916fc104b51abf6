// errorcheck

// A built-in called with one multi-value call counts each result as an
// argument, so the count can be wrong in either direction.
package main

func pair() (int, int)                    { return 1, 2 }
func triple() (float64, float64, float64) { return 1, 2, 3 }
func one() float64                        { return 1 }
func slices() ([]int, []int, []int)       { return nil, nil, nil }

func main() {
	_ = len(pair())       // ERROR "^invalid operation: too many arguments for len\(pair\(\)\) \(expected 1, found 2\)$"
	_ = complex(triple()) // ERROR "^invalid operation: too many arguments for complex\(triple\(\)\) \(expected 2, found 3\)$"
	_ = complex(one())    // ERROR "^invalid operation: not enough arguments for complex\(one\(\)\) \(expected 2, found 1\)$"
	_ = copy(slices())    // ERROR "^invalid operation: too many arguments for copy\(slices\(\)\) \(expected 2, found 3\)$"
	_ = recover(pair())   // ERROR "^invalid operation: too many arguments for recover\(pair\(\)\) \(expected 0, found 2\)$"
	panic(pair())         // ERROR "^invalid operation: too many arguments for panic\(pair\(\)\) \(expected 1, found 2\)$"
}
