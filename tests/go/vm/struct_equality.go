// run

// Structs with comparable fields compare with == field by field.
package main

type Pair struct {
	Key   string
	Value int
}

type Line struct {
	From, To Pair
	Tag      [2]int
}

func main() {
	a := Pair{"x", 1}
	b := Pair{"x", 1}
	c := Pair{"x", 2}
	println(a == b, a == c, a != c)
	l1 := Line{a, c, [2]int{1, 2}}
	l2 := Line{b, c, [2]int{1, 2}}
	println(l1 == l2)
	l2.Tag[1] = 3
	println(l1 == l2)
	println(Pair{} == Pair{"", 0})
}

// Output:
// true false true
// true
// false
// true
