// run

// Goroutines allocate in parallel (trees, strings, maps, slices) while
// collections run and pointers travel through channels: every value
// survives while reachable and comes out intact.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

type node struct {
	left, right *node
	val         int
}

func build(depth, val int) *node {
	if depth == 0 {
		return &node{val: val}
	}
	return &node{build(depth-1, 2*val), build(depth-1, 2*val+1), val}
}

func (n *node) sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.left.sum() + n.right.sum()
}

type result struct {
	id    int
	tree  *node
	words []string
	index map[string]int
}

func worker(id int, out chan<- *result) {
	for round := 0; round < 4; round++ {
		r := &result{id: id, tree: build(7, 1), index: map[string]int{}}
		for k := 0; k < 60; k++ {
			w := strings.Repeat(strconv.Itoa(id), 1+k%4) + "-" + strconv.Itoa(k)
			r.words = append(r.words, w)
			r.index[w] = k
		}
		if round%2 == 0 {
			runtime.GC()
		}
		out <- r
	}
}

func main() {
	const workers = 4
	out := make(chan *result, 3)
	var wg sync.WaitGroup
	for id := 1; id <= workers; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(id, out)
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()

	var kept []*result
	got := map[int]int{}
	for r := range out {
		kept = append(kept, r)
		got[r.id]++
		// Garbage from the receiver too, while the workers allocate.
		_ = build(5, 1)
	}
	runtime.GC()
	bad := 0
	for _, r := range kept {
		if r.tree.sum() != 32640 || len(r.words) != 60 || len(r.index) != 60 {
			bad++
		}
		for k, w := range r.words {
			if r.index[w] != k || !strings.HasSuffix(w, "-"+strconv.Itoa(k)) {
				bad++
			}
		}
	}
	fmt.Println(len(kept), got, bad)
}

// Output:
// 16 map[1:4 2:4 3:4 4:4] 0
