// run

// Structs (and arrays) with comparable fields can be map keys, compared by value.
package main

type Point struct {
	X, Y int
}

func main() {
	grid := map[Point]string{}
	grid[Point{0, 0}] = "origin"
	grid[Point{1, 2}] = "a"
	p := Point{1, 2}
	println(grid[p], len(grid))
	grid[Point{1, 2}] = "b"
	println(grid[p], len(grid))
	_, ok := grid[Point{2, 1}]
	println(ok)
	type key struct {
		name string
		id   int
	}
	seen := map[key]int{}
	seen[key{"a", 1}]++
	seen[key{"a", 1}]++
	seen[key{"a", 2}]++
	println(seen[key{"a", 1}], seen[key{"a", 2}], len(seen))
	arr := map[[2]int]bool{{1, 2}: true}
	println(arr[[2]int{1, 2}], arr[[2]int{2, 1}])
}

// Output:
// a 2
// b 2
// false
// 2 1 2
// true false
