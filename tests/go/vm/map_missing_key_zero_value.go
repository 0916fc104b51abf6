// run

// Looking up a missing key yields the zero value of the element type.
package main

type P struct {
	X int
	S string
}

func main() {
	ints := map[string]int{}
	strs := map[int]string{}
	structs := map[string]P{}
	slices := map[string][]int{}
	bools := map[string]bool{}
	println(ints["x"], strs[1] == "", len(strs[1]))
	println(structs["a"].X, structs["a"].S == "")
	println(slices["a"] == nil, len(slices["a"]), bools["b"])
	println(len(ints), len(strs), len(structs))
	ints["x"]++
	println(ints["x"], len(ints))
}

// Output:
// 0 true 0
// 0 true
// true 0 false
// 0 0 0
// 1 1
