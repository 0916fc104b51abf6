// churn_broadcast: goroutines are spawned and exit in waves (trees of
// random depth), results come back through a shared channel and a
// WaitGroup, and a close of one channel wakes every one of many waiters
// (parked in receive, in a select with a nil case, or in range).
//
//	gopark run -p N churn_broadcast.go [SECONDS]
package main

import (
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

// tree spawns a random tree of goroutines; each node sends 1 on out and
// returns how many nodes it created (itself included) via its reply.
func tree(r *rand.Rand, depth int, out chan<- int, reply chan<- int) {
	n := 1
	if depth > 0 {
		kids := r.Intn(4)
		replies := make(chan int, kids)
		for k := 0; k < kids; k++ {
			sub := rand.New(rand.NewSource(r.Int63()))
			go tree(sub, depth-1, out, replies)
		}
		for k := 0; k < kids; k++ {
			n += <-replies
		}
	}
	out <- 1
	reply <- n
}

func churn(seed int64) int {
	r := rand.New(rand.NewSource(seed))
	out := make(chan int, 64)
	reply := make(chan int, 1)
	total := 0
	got := make(chan int)
	go func() {
		c := 0
		for v := range out {
			c += v
		}
		got <- c
	}()
	roots := 0
	for i := 0; i < 20; i++ {
		sub := rand.New(rand.NewSource(r.Int63()))
		go tree(sub, 5, out, reply)
		roots++
	}
	for i := 0; i < roots; i++ {
		total += <-reply
	}
	close(out)
	if c := <-got; c != total {
		panic(fmt.Sprintf("churn: %d nodes sent, %d counted", c, total))
	}
	return total
}

const listeners = 1000

func broadcast(seed int64) {
	r := rand.New(rand.NewSource(seed))
	stop := make(chan struct{})
	data := make(chan int)
	var woke int32
	var ready, wg sync.WaitGroup
	for i := 0; i < listeners; i++ {
		wg.Add(1)
		ready.Add(1)
		kind := r.Intn(3)
		go func() {
			defer wg.Done()
			ready.Done()
			switch kind {
			case 0:
				<-stop
			case 1:
				var nilc chan int
				select {
				case <-stop:
				case <-nilc:
					panic("nil channel proceeded")
				case <-data:
					panic("data has no sender")
				}
			case 2:
				for range stop {
					panic("closed empty channel yielded a value")
				}
			}
			atomic.AddInt32(&woke, 1)
		}()
	}
	ready.Wait()
	if r.Intn(2) == 0 {
		time.Sleep(time.Duration(r.Intn(200)) * time.Microsecond)
	}
	close(stop)
	wg.Wait()
	if woke != listeners {
		panic(fmt.Sprintf("close woke %d of %d", woke, listeners))
	}
}

func main() {
	deadline := time.Now().Add(time.Duration(seconds() * float64(time.Second)))
	rounds, spawned, woken := 0, 0, 0
	for seed := int64(1); rounds == 0 || time.Now().Before(deadline); seed++ {
		spawned += churn(seed)
		broadcast(seed)
		spawned += listeners
		woken += listeners
		rounds++
	}
	fmt.Printf("churn_broadcast: ok rounds=%d goroutines=%d woken=%d\n", rounds, spawned, woken)
}
