// run
// MaxRSS: 256 MiB

// A loop allocating 4 GiB in all while keeping only a few MiB live runs in
// a small, steady amount of memory: the collector frees what is garbage and
// the heap reuses it (peak resident size is checked by the test runner).
package main

import "runtime"

type node struct {
	left, right *node
	val         int
}

func tree(depth int) *node {
	if depth == 0 {
		return &node{val: 1}
	}
	return &node{tree(depth - 1), tree(depth - 1), depth}
}

func (n *node) sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.left.sum() + n.right.sum()
}

func main() {
	var ring [8][]byte // the live set: the last 8 buffers and one tree
	keep := tree(6)
	total := 0
	for i := 0; total < 4<<30; i++ {
		b := make([]byte, 256<<10)
		b[i%len(b)] = byte(i)
		ring[i%len(ring)] = b
		total += len(b)
		if i%64 == 0 {
			keep = tree(6)
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	println(total>>30, "GiB allocated")
	println(keep.sum(), len(ring[3]))
	println(ms.NumGC > 100, ms.HeapAlloc < 64<<20)
}

// Output:
// 4 GiB allocated
// 184 262144
// true true
