// run

// Values waiting in channel buffers keep what they point to alive across
// garbage collections, including channels sent on channels.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  int
}

func list(n int) *node {
	var head *node
	for i := 1; i <= n; i++ {
		head = &node{head, i}
	}
	return head
}

func main() {
	lists := make(chan *node, 8)
	for i := 0; i < 8; i++ {
		lists <- list(100)
	}
	nested := make(chan chan []string, 1)
	inner := make(chan []string, 1)
	inner <- []string{"still", "here"}
	nested <- inner
	inner = nil
	for i := 0; i < 50; i++ {
		_ = make([]byte, 64<<10)
	}
	runtime.GC()
	total := 0
	for i := 0; i < 8; i++ {
		for p := <-lists; p != nil; p = p.next {
			total += p.val
		}
	}
	fmt.Println(total, <-<-nested)
}

// Output:
// 40400 [still here]
