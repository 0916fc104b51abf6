// Livelocks: the fix for 16 — break the rhythm with random back-off.
//
// The diners of 16_livelock.go collided every time because they did the
// same thing at the same moments. If each waits a RANDOM time before trying
// again, sooner or later one of them tries while the other is not holding
// anything, gets both utensils, eats, and puts them down; then the other
// can eat. (Networks do the same: Ethernet retries after a random delay.)
// Another fix is to remove the circle altogether, as in
// 12_deadlock_lock_order_fixed.go: if both reached for the fork first, no
// one would ever hold the knife while wanting the fork.
//
// What to look at in the state panel while it runs:
//   - Goroutines: the diners' sleeps now have different lengths; soon one
//     of them owns both mutexes, eats, and finishes.
//
// What varies: how many tries it takes and who eats first (the delays are
// random). The program prints them in a fixed order and checks that both
// ate; the number of tries is not printed.
package main

import (
	"fmt"
	"math/rand"
	"sync"
	"time"
)

type utensil struct {
	sync.Mutex
	name string
}

// dine tries until it holds both mine and theirs, backing off for a random
// time whenever theirs is taken. It returns whether it ate.
func dine(mine, theirs *utensil) bool {
	for try := 1; try <= 100; try++ {
		mine.Lock()
		time.Sleep(time.Millisecond)
		if theirs.TryLock() {
			time.Sleep(time.Millisecond) // eat
			theirs.Unlock()
			mine.Unlock()
			return true
		}
		time.Sleep(time.Millisecond / 2)
		mine.Unlock()
		// Random back-off: 1 to 4 half-milliseconds.
		time.Sleep(time.Duration(1+rand.Intn(4)) * time.Millisecond / 2)
	}
	return false
}

func main() {
	fork := &utensil{name: "fork"}
	knife := &utensil{name: "knife"}

	var aliceAte, barbaraAte bool
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); aliceAte = dine(fork, knife) }()
	go func() { defer wg.Done(); barbaraAte = dine(knife, fork) }()
	wg.Wait()

	fmt.Println("Alice ate:", aliceAte)
	fmt.Println("Barbara ate:", barbaraAte)
}

// Output:
// Alice ate: true
// Barbara ate: true
