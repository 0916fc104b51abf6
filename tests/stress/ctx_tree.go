// ctx_tree: trees of contexts (WithCancel, WithTimeout, WithValue) with a
// goroutine waiting on each node while random goroutines cancel random
// nodes; cancelling a node ends every waiter below it, each waiter ends
// exactly once with the right error, and a waiter whose node was never
// cancelled is ended only by the final cancel of the root.
//
//	gopark run -p N ctx_tree.go [SECONDS]
package main

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

func seconds() float64 {
	if len(os.Args) > 1 {
		s, err := strconv.ParseFloat(os.Args[1], 64)
		if err != nil {
			panic(err)
		}
		return s
	}
	return 2
}

type key struct{}

type node struct {
	ctx     context.Context
	cancel  context.CancelFunc
	parent  int
	timeout bool
	depth   int
}

const nodes = 400

type tally struct{ canceled, deadline, cancels int64 }

func round(seed int64, t *tally) {
	r := rand.New(rand.NewSource(seed))
	root, rootCancel := context.WithCancel(context.Background())
	ns := make([]node, nodes)
	ns[0] = node{ctx: context.WithValue(root, key{}, 0), cancel: rootCancel, parent: -1}
	for i := 1; i < nodes; i++ {
		p := r.Intn(i)
		var c context.Context
		var cf context.CancelFunc
		to := r.Intn(4) == 0
		if to {
			c, cf = context.WithTimeout(ns[p].ctx, time.Duration(r.Intn(2000))*time.Microsecond)
		} else {
			c, cf = context.WithCancel(ns[p].ctx)
		}
		ns[i] = node{ctx: context.WithValue(c, key{}, i), cancel: cf, parent: p, timeout: to, depth: ns[p].depth + 1}
	}
	var ended [nodes]int32
	var wg sync.WaitGroup
	var canceled, deadline int64
	for i := range ns {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c := ns[i].ctx
			if c.Value(key{}).(int) != i {
				panic("context value lost")
			}
			var nilc chan struct{}
			select {
			case <-c.Done():
			case <-nilc:
				panic("nil channel proceeded")
			}
			atomic.AddInt32(&ended[i], 1)
			switch c.Err() {
			case context.Canceled:
				atomic.AddInt64(&canceled, 1)
			case context.DeadlineExceeded:
				// Only a node with a timeout on its path can time out.
				ok := false
				for j := i; j >= 0; j = ns[j].parent {
					ok = ok || ns[j].timeout
				}
				if !ok {
					panic(fmt.Sprintf("node %d: DeadlineExceeded without a deadline", i))
				}
				atomic.AddInt64(&deadline, 1)
			default:
				panic(fmt.Sprintf("node %d: Done closed but Err is %v", i, c.Err()))
			}
		}(i)
	}
	// Random cancels from several goroutines; each cancel ends the node's
	// whole subtree.
	var cw sync.WaitGroup
	var cancels int64
	for g := 0; g < 8; g++ {
		cw.Add(1)
		go func(g int) {
			defer cw.Done()
			r := rand.New(rand.NewSource(seed*31 + int64(g)))
			for k := 0; k < 10; k++ {
				i := 1 + r.Intn(nodes-1)
				ns[i].cancel()
				atomic.AddInt64(&cancels, 1)
				<-ns[i].ctx.Done()
				for j := i + 1; j < nodes; j++ {
					// A descendant of i must be done now.
					a := j
					for a > i {
						a = ns[a].parent
					}
					// Closed before cancel returns, even when another
					// goroutine cancelled i (or an ancestor) first: children
					// are cancelled under the parent's lock, which this
					// cancel takes too.
					if a == i {
						select {
						case <-ns[j].ctx.Done():
						default:
							panic(fmt.Sprintf("node %d: cancel of ancestor %d returned with it live", j, i))
						}
					}
				}
				if r.Intn(4) == 0 {
					time.Sleep(time.Duration(r.Intn(100)) * time.Microsecond)
				}
			}
		}(g)
	}
	cw.Wait()
	rootCancel()
	wg.Wait()
	for i := 1; i < nodes; i++ {
		ns[i].cancel()
	}
	for i, n := range ended {
		if n != 1 {
			panic(fmt.Sprintf("waiter %d ended %d times", i, n))
		}
	}
	if canceled+deadline != nodes {
		panic("tallies do not add up")
	}
	t.canceled += canceled
	t.deadline += deadline
	t.cancels += cancels
}

func main() {
	deadline := time.Now().Add(time.Duration(seconds() * float64(time.Second)))
	var t tally
	rounds := 0
	for seed := int64(1); rounds == 0 || time.Now().Before(deadline); seed++ {
		round(seed, &t)
		rounds++
	}
	fmt.Printf("ctx_tree: ok rounds=%d waiters=%d canceled=%d deadline=%d cancels=%d\n",
		rounds, rounds*nodes, t.canceled, t.deadline, t.cancels)
}
