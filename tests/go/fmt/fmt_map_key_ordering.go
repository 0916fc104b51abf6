// run

// Map keys of other kinds sort too: floats with NaN first, false before
// true, arrays and structs element by element.
package main

import "fmt"

type key struct {
	A int
	B string
}

func main() {
	zero := 0.0
	inf, nan := 1/zero, zero/zero
	fmt.Println(map[float64]string{2.5: "b", -inf: "-inf", nan: "nan", -1: "a", inf: "+inf"})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[[2]int]string{{2, 1}: "c", {1, 9}: "b", {1, 2}: "a"})
	fmt.Println(map[key]int{{2, "a"}: 3, {1, "b"}: 2, {1, "a"}: 1})
	fmt.Println(map[int8]int{-3: 1, 4: 2, -100: 0})
	fmt.Println(map[any]int{"b": 2, "a": 1, "c": 3})
}

// Output:
// map[NaN:nan -Inf:-inf -1:a 2.5:b +Inf:+inf]
// map[false:0 true:1]
// map[[1 2]:a [1 9]:b [2 1]:c]
// map[{1 a}:1 {1 b}:2 {2 a}:3]
// map[-100:0 -3:1 4:2]
// map[a:1 b:2 c:3]
