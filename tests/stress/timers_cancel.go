// timers_cancel: waiters race a result against time.After, a stopped or
// reset timer, and a context that a random goroutine cancels; each waiter
// ends exactly one way and the tallies add up. Also Stop/Reset races on
// AfterFunc: a callback runs at most once per arming.
//
//	gopark run -p N timers_cancel.go [SECONDS]
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

const waiters = 500

type tally struct {
	result, timeout, cancel, timer, afterFunc, stopped int64
}

func round(seed int64, t *tally) {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var ended [waiters]int32
	var res, tmo, cnl, tmr int64
	for i := 0; i < waiters; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r := rand.New(rand.NewSource(seed*10000 + int64(i)))
			result := make(chan int, 1)
			delay := time.Duration(r.Intn(300)) * time.Microsecond
			go func() {
				time.Sleep(delay)
				result <- i
			}()
			var timer *time.Timer
			var timerC <-chan time.Time
			if r.Intn(2) == 0 {
				timer = time.NewTimer(time.Duration(r.Intn(300)) * time.Microsecond)
				if r.Intn(3) == 0 {
					// Stop, drain if it already fired, and re-arm.
					if !timer.Stop() {
						<-timer.C
					}
					timer.Reset(time.Duration(r.Intn(300)) * time.Microsecond)
				}
				timerC = timer.C
			}
			ctxDone := ctx.Done()
			if r.Intn(3) == 0 {
				ctxDone = nil // a nil case never proceeds
			}
			select {
			case v := <-result:
				if v != i {
					panic(fmt.Sprintf("waiter %d got result %d", i, v))
				}
				atomic.AddInt32(&ended[i], 1)
				atomic.AddInt64(&res, 1)
			case <-time.After(time.Duration(r.Intn(400)) * time.Microsecond):
				atomic.AddInt32(&ended[i], 1)
				atomic.AddInt64(&tmo, 1)
			case <-timerC:
				atomic.AddInt32(&ended[i], 1)
				atomic.AddInt64(&tmr, 1)
			case <-ctxDone:
				if ctx.Err() != context.Canceled {
					panic("ctx.Done closed but Err is not Canceled")
				}
				atomic.AddInt32(&ended[i], 1)
				atomic.AddInt64(&cnl, 1)
			}
			if timer != nil {
				timer.Stop()
			}
		}(i)
	}
	go func() {
		r := rand.New(rand.NewSource(seed))
		time.Sleep(time.Duration(r.Intn(300)) * time.Microsecond)
		cancel()
	}()
	// AfterFunc: arm, then race Stop against the callback; the callback
	// ran iff Stop reported false.
	var fired, stopped int64
	var fwg sync.WaitGroup
	for i := 0; i < 100; i++ {
		fwg.Add(1)
		go func(i int) {
			defer fwg.Done()
			var ran int32
			done := make(chan struct{})
			tm := time.AfterFunc(time.Duration(i%10)*10*time.Microsecond, func() {
				if atomic.AddInt32(&ran, 1) != 1 {
					panic("AfterFunc callback ran twice")
				}
				close(done)
			})
			time.Sleep(time.Duration(i%7) * 10 * time.Microsecond)
			if tm.Stop() {
				atomic.AddInt64(&stopped, 1)
				time.Sleep(100 * time.Microsecond)
				if atomic.LoadInt32(&ran) != 0 {
					panic("AfterFunc callback ran after Stop returned true")
				}
			} else {
				<-done
				atomic.AddInt64(&fired, 1)
			}
		}(i)
	}
	wg.Wait()
	fwg.Wait()
	cancel()
	for i, n := range ended {
		if n != 1 {
			panic(fmt.Sprintf("waiter %d ended %d times", i, n))
		}
	}
	if res+tmo+cnl+tmr != waiters {
		panic(fmt.Sprintf("tallies do not add up: %d+%d+%d+%d != %d", res, tmo, cnl, tmr, waiters))
	}
	if fired+stopped != 100 {
		panic("AfterFunc tallies do not add up")
	}
	t.result += res
	t.timeout += tmo
	t.cancel += cnl
	t.timer += tmr
	t.afterFunc += fired
	t.stopped += stopped
}

func main() {
	deadline := time.Now().Add(time.Duration(seconds() * float64(time.Second)))
	var t tally
	rounds := 0
	for seed := int64(1); rounds == 0 || time.Now().Before(deadline); seed++ {
		round(seed, &t)
		rounds++
	}
	fmt.Printf("timers_cancel: ok rounds=%d result=%d timeout=%d timer=%d cancel=%d afterfunc=%d stopped=%d\n",
		rounds, t.result, t.timeout, t.timer, t.cancel, t.afterFunc, t.stopped)
}
