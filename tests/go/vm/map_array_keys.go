// run

// Arrays are comparable and can be map keys; keys are compared element by
// element, including arrays of strings.
package main

func main() {
	grid := map[[2]int]string{}
	grid[[2]int{0, 0}] = "origin"
	grid[[2]int{1, 2}] = "p"
	k := [2]int{1, 0}
	k[1] = 2
	println(len(grid), grid[k], grid[[2]int{0, 0}])
	_, ok := grid[[2]int{2, 1}]
	println(ok)
	words := map[[3]string]int{{"a", "b", "c"}: 1}
	w := [3]string{"a", "b", ""}
	w[2] = "c"
	words[w]++
	println(len(words), words[[3]string{"a", "b", "c"}])
	delete(grid, k)
	println(len(grid))
}

// Output:
// 2 p origin
// false
// 1 2
// 1
