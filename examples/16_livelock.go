// Livelocks: busy, polite, and getting nowhere.
//
// In a livelock the goroutines are not blocked: they keep running, reacting
// to each other, but none makes progress. Like two people meeting in a
// hallway who both step aside to the same side, again and again.
//
// Alice and Barbara share a fork and a knife and need both to eat. Alice
// picks up the fork, Barbara the knife. Each then tries (TryLock, which
// never waits) to get the other utensil; it is taken, so, being polite,
// each puts hers down, waits a moment and tries again. They move in the
// same rhythm (every 2ms), so every try collides with the other's, and
// after 5 tries both give up hungry. Nothing ever blocked: no deadlock
// error, just wasted work.
//
// The fix, in 17_livelock_fixed.go, breaks the rhythm.
//
// What to look at in the state panel while it runs:
//   - Mutexes: fork owned by Alice and knife by Barbara, then both free,
//     then owned again, over and over; nobody ever waits in a queue.
//   - Goroutines: both diners alternate between running and "sleep"; the
//     per-P timeline shows them busy the whole time.
//   - Under the virtual clock the 2ms rhythm is exact.
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type utensil struct {
	sync.Mutex
	name string
}

// dine tries up to 5 times to hold both mine and theirs, politely putting
// mine down whenever theirs is taken. It returns what happened.
func dine(name string, mine, theirs *utensil) string {
	var log strings.Builder
	fmt.Fprintf(&log, "%s:", name)
	for try := 1; try <= 5; try++ {
		mine.Lock()
		time.Sleep(time.Millisecond) // reach for the other one...
		if theirs.TryLock() {
			fmt.Fprintf(&log, " got the %s and the %s, eats!", mine.name, theirs.name)
			theirs.Unlock()
			mine.Unlock()
			return log.String()
		}
		fmt.Fprintf(&log, " %s?", theirs.name)
		time.Sleep(time.Millisecond / 2) // ...busy: hesitate...
		mine.Unlock()                    // ...and put mine down, politely
		time.Sleep(time.Millisecond / 2) // wait, then try again
	}
	fmt.Fprintf(&log, " gives up, still hungry")
	return log.String()
}

func main() {
	fork := &utensil{name: "fork"}
	knife := &utensil{name: "knife"}

	var alice, barbara string
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); alice = dine("Alice", fork, knife) }()
	go func() { defer wg.Done(); barbara = dine("Barbara", knife, fork) }()
	wg.Wait()

	fmt.Println(alice)
	fmt.Println(barbara)
}

// Output:
// Alice: knife? knife? knife? knife? knife? gives up, still hungry
// Barbara: fork? fork? fork? fork? fork? gives up, still hungry
