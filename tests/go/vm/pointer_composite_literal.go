// run

// &T{} allocates a fresh struct; copies of the pointer share it, each literal is distinct.
package main

type Node struct {
	Val  int
	Next *Node
}

func main() {
	p := &Node{Val: 1}
	q := p
	q.Val = 2
	println(p.Val, p == q)
	r := &Node{Val: 2}
	println(p == r, *p == *r)
	list := &Node{1, &Node{2, &Node{3, nil}}}
	sum := 0
	for n := list; n != nil; n = n.Next {
		sum += n.Val
	}
	println(sum)
	arr := &[3]int{4, 5, 6}
	println(arr[1], len(arr))
}

// Output:
// 2 true
// false true
// 6
// 5 3
