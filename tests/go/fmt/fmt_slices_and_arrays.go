// run

// Slices and arrays print as [a b c]; the verb applies to each element;
// %#v shows the type and Go syntax; nil slices print [] or []T(nil).
package main

import "fmt"

func main() {
	fmt.Println([]int{1, 2, 3}, [3]string{"a", "b", "c"}, [][]int{{1}, {2, 3}})
	fmt.Printf("%v %d %x %5.1f\n", []int8{-1, 2}, []int{3, 4}, []int{255, 16}, []float64{1, 2.25})
	fmt.Printf("%q %s\n", []string{"x", "y z"}, []string{"x", "y z"})
	fmt.Printf("%#v %#v %#v\n", []int{1, 2}, [2]bool{true}, []string{"q"})
	var ns []int
	fmt.Printf("%v %#v %#v %d\n", ns, ns, []int{}, len(ns))
	fmt.Println([]any{1, "a", nil, 2.5, []int{7}})
	fmt.Printf("%#v\n", []any{1, "a", nil})
}

// Output:
// [1 2 3] [a b c] [[1] [2 3]]
// [-1 2] [3 4] [ff 10] [  1.0   2.2]
// ["x" "y z"] [x y z]
// []int{1, 2} [2]bool{true, false} []string{"q"}
// [] []int(nil) []int{} 0
// [1 a <nil> 2.5 [7]]
// []interface {}{1, "a", interface {}(nil)}
