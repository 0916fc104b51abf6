// Race Condition and Data Race: the failure.
//
// A race condition: the program's result depends on the order in which
// goroutines happen to run, and nothing in the program fixes that order.
// A data race: two goroutines touch the same variable at the same time and
// at least one of them writes.
//
// Part 1 runs the guide's "check, then act" many times: main checks
// `data == 0` while a goroutine may be incrementing it. Part 2 lets ten
// goroutines add to one counter with a read, a pause, and a write: updates
// get lost because two goroutines read the same old value.
//
// What to look at in the state panel while it runs:
//   - Goroutines: the ten adders keep yielding (runtime.Gosched) between
//     their read and their write, so you see several of them runnable at
//     once, each holding a stale copy of the counter.
//   - Ps and the per-P timeline: with GOMAXPROCS above 1 the adders really
//     run side by side; with 1 they take turns, and updates are lost anyway.
//
// Both parts are data races: `go run -race` reports them. Real programs
// rarely yield at the worst moment on purpose (runtime.Gosched here); they
// just get unlucky once in a while, which makes these bugs hard to find.
//
// What varies: which outcomes part 1 sees and how many updates part 2
// loses change from run to run (that is the point). The expectation below
// is a regexp per line (see examples/README.md). The fix: 03_race_fixed.go.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// checkThenAct is the guide's example: the goroutine may increment data
// before the check, between the check and the print, or after both.
func checkThenAct() string {
	data := 0
	done := make(chan bool)
	go func() {
		data++ // write ...
		done <- true
	}()
	outcome := "nothing printed"
	if data == 0 { // ... while main reads: a data race
		runtime.Gosched() // a moment passes between the check and the act
		outcome = fmt.Sprintf("the value is %d", data)
	}
	<-done // wait for the goroutine, so each trial starts afresh
	return outcome
}

func main() {
	// Part 1: which orders did we see?
	seen := map[string]int{}
	for i := 0; i < 200; i++ {
		seen[checkThenAct()]++
	}
	var kinds []string
	for k := range seen {
		kinds = append(kinds, fmt.Sprintf("%q", k))
	}
	sort.Strings(kinds)
	fmt.Println("check-then-act outcomes seen:", strings.Join(kinds, ", "))

	// Part 2: lost updates. counter is read, the goroutine yields, then it
	// writes back old value + 1. Another goroutine may have written in
	// between; its update is overwritten (lost).
	var wg sync.WaitGroup
	counter := 0
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				old := counter    // read
				runtime.Gosched() // someone else may run here
				counter = old + 1 // write: may overwrite another's update
			}
		}()
	}
	wg.Wait()
	fmt.Printf("10 goroutines x 100 increments: counter = %d (want 1000)\n", counter)
	fmt.Println("lost updates:", 1000-counter)
}

// Output regexp:
// check-then-act outcomes seen: ("(nothing printed|the value is [01])"(, )?)+
// 10 goroutines x 100 increments: counter = \d+ \(want 1000\)
// lost updates: \d+
