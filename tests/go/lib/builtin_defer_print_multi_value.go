// run

// A deferred print or println of one multi-value call evaluates the call
// at the defer statement and prints its results when the function returns.
package main

func pair() (int, string) { return 1, "a" }

var n = 0

func three() (float64, bool, int) {
	n++
	return 2.5, true, n
}

func main() {
	defer println(pair())
	defer print(three())
	n = 100
	println("body", n)
}

// Output:
// body 100
// +2.500000e+000true11 a
