// run

// A nil pointer dereference can be recovered; its value is a runtime error
// whose Error() text is Go's message.
package main

type errorLike interface{ Error() string }

type Node struct {
	val  int
	next *Node
}

func secondVal(n *Node) (v int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(errorLike).Error()
			v = -1
		}
	}()
	return n.next.val, "none"
}

func main() {
	list := &Node{1, &Node{2, nil}}
	println(secondVal(list))
	println(secondVal(list.next))
	var p *int
	func() {
		defer func() { println("recovered:", recover() != nil) }()
		*p = 3
	}()
}

// Output:
// 2 none
// -1 runtime error: invalid memory address or nil pointer dereference
// recovered: true
