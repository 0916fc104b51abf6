// run

// Arrays of comparable elements compare with == and != element by element.
package main

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	println(a == b, a == c, a != c)
	s1 := [2]string{"go", "park"}
	s2 := [2]string{"go", "pa" + "rk"}
	println(s1 == s2)
	n1 := [2][2]int{{1, 2}, {3, 4}}
	n2 := n1
	println(n1 == n2)
	n2[1][1] = 5
	println(n1 == n2)
	var z [3]int
	println(z == [3]int{}, a == [3]int{})
}

// Output:
// true false true
// true
// true
// false
// true false
