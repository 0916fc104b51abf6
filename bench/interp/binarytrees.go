// The Benchmarks Game's binary-trees at depth 16, sequential: allocation of
// many small structs linked by pointers, and a recursive walk over them
// (allocator, collector and call cost). Peer: bench/lua/binarytrees.lua.
package main

type Node struct {
	left, right *Node
}

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	const minDepth = 4
	const maxDepth = 16

	// One tree deeper than the rest, checked and dropped at once.
	println(bottomUp(maxDepth + 1).check())

	// A tree that stays alive while the others are built and dropped.
	longLived := bottomUp(maxDepth)

	for depth := minDepth; depth <= maxDepth; depth += 2 {
		iterations := 1 << (maxDepth - depth + minDepth)
		check := 0
		for i := 0; i < iterations; i++ {
			check += bottomUp(depth).check()
		}
		println(iterations, depth, check)
	}

	println(longLived.check())
}
