// run

// A pointer to a struct, slice, array or map prints as & and the value at
// the top level; nil pointers print as <nil>, or in Go syntax under %#v.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{Val: 1}
	fmt.Println(n)
	fmt.Printf("%+v\n", n)
	fmt.Printf("%#v\n", n)
	fmt.Println(&[]int{1, 2}, &[2]string{"a", "b"}, &map[string]int{"k": 1})
	var np *Node
	fmt.Println(np)
	fmt.Printf("%v %+v %#v\n", np, np, np)
	fmt.Printf("%#v %#v\n", []*Node{nil}, map[string]*Node{"x": nil})
	fmt.Printf("%d\n", &Node{Val: 7})
}

// Output:
// &{1 <nil>}
// &{Val:1 Next:<nil>}
// &main.Node{Val:1, Next:(*main.Node)(nil)}
// &[1 2] &[a b] &map[k:1]
// <nil>
// <nil> <nil> (*main.Node)(nil)
// []*main.Node{(*main.Node)(nil)} map[string]*main.Node{"x":(*main.Node)(nil)}
// &{7 0}
