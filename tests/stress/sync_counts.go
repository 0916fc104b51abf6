// sync_counts: goroutines pick random Mutex, RWMutex, Cond, Once and Pool
// operations; the counters each protects balance with what was done, a
// Cond hand-off loses no wake-up (a lost one deadlocks), and every Once
// runs its function exactly once.
//
//	gopark run -p N sync_counts.go [SECONDS]
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

const workers = 200
const opsPerWorker = 300

type stats struct {
	mu, rlock, wlock, cond, once, pool int64
}

func round(seed int64, st *stats) {
	var (
		mu       sync.Mutex
		rw       sync.RWMutex
		byMu     int64
		byRW     int64
		readers  int32
		cmu      sync.Mutex
		cond     = sync.NewCond(&cmu)
		tokens   int
		onces    [16]sync.Once
		onceRuns [16]int32
		pool     = sync.Pool{New: func() any { return new([4]int) }}
		wg       sync.WaitGroup
	)
	var want [workers]struct{ mu, rw int64 }
	var reads, pools int64
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			r := rand.New(rand.NewSource(seed*1000 + int64(w)))
			for i := 0; i < opsPerWorker; i++ {
				switch r.Intn(5) {
				case 0:
					mu.Lock()
					byMu++
					mu.Unlock()
					want[w].mu++
				case 1:
					rw.Lock()
					if atomic.LoadInt32(&readers) != 0 {
						panic("writer holds RWMutex while readers are inside")
					}
					byRW++
					rw.Unlock()
					want[w].rw++
				case 2:
					rw.RLock()
					atomic.AddInt32(&readers, 1)
					_ = byRW
					atomic.AddInt32(&readers, -1)
					rw.RUnlock()
					atomic.AddInt64(&reads, 1)
				case 3:
					k := r.Intn(len(onces))
					onces[k].Do(func() { atomic.AddInt32(&onceRuns[k], 1) })
				case 4:
					// A pooled object is owned by one goroutine at a time.
					p := pool.Get().(*[4]int)
					if p[0] != 0 {
						panic("sync.Pool returned an object still in use")
					}
					p[0] = w + 1
					p[1] += 1
					p[0] = 0
					pool.Put(p)
					atomic.AddInt64(&pools, 1)
				}
				if r.Intn(64) == 0 {
					time.Sleep(time.Duration(r.Intn(50)) * time.Microsecond)
				}
			}
			// Cond hand-off: even workers produce, odd ones consume.
			for k := 0; k < 20; k++ {
				cmu.Lock()
				if w%2 == 0 {
					tokens++
					if k%2 == 0 {
						cond.Signal()
					} else {
						cond.Broadcast()
					}
				} else {
					for tokens == 0 {
						cond.Wait()
					}
					tokens--
				}
				cmu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	var wantMu, wantRW int64
	for _, x := range want {
		wantMu += x.mu
		wantRW += x.rw
	}
	if byMu != wantMu || byRW != wantRW {
		panic(fmt.Sprintf("counts do not balance: mutex %d want %d, rwmutex %d want %d", byMu, wantMu, byRW, wantRW))
	}
	if tokens != 0 {
		panic(fmt.Sprintf("cond tokens left: %d", tokens))
	}
	for k, n := range onceRuns {
		if n > 1 {
			panic(fmt.Sprintf("Once %d ran %d times", k, n))
		}
		st.once += int64(n)
	}
	st.mu += byMu
	st.wlock += byRW
	st.rlock += reads
	st.pool += pools
	st.cond += workers * 20
}

func main() {
	deadline := time.Now().Add(time.Duration(seconds() * float64(time.Second)))
	var st stats
	rounds := 0
	for seed := int64(1); rounds == 0 || time.Now().Before(deadline); seed++ {
		round(seed, &st)
		rounds++
	}
	fmt.Printf("sync_counts: ok rounds=%d mutex=%d rlock=%d wlock=%d cond=%d once=%d pool=%d\n",
		rounds, st.mu, st.rlock, st.wlock, st.cond, st.once, st.pool)
}
