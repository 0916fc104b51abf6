// Memory Access Synchronization: what a critical section must cover.
//
// A critical section is the part of a program that touches shared memory
// and must not run in two goroutines at once. Locking every single access
// is not enough: a check ("is there money?") and the action that depends
// on it ("take the money") must be inside the SAME critical section, or
// another goroutine can act between them.
//
// Five customers each try to withdraw 100 from an account holding 100.
//   - Account A locks the check and the withdrawal separately. Every
//     access is locked, so there is no data race, yet all five checks pass
//     before anyone withdraws (a race condition): the balance goes negative.
//   - Account B holds the lock from the check to the withdrawal: one
//     customer gets the money, four are refused.
//
// What to look at in the state panel while it runs:
//   - Goroutines: for account A all five customers sleep ("thinking")
//     between their check and their withdrawal, each sure the money is
//     there. For account B one customer sleeps while holding the lock.
//   - Mutexes: B's mutex has an owner and four waiters
//     ("sync.Mutex.Lock") while the first customer thinks.
//   - Under the virtual clock the 10ms of thinking pass instantly.
package main

import (
	"fmt"
	"sync"
	"time"
)

type account struct {
	mu      sync.Mutex
	balance int
}

// withdrawSplit: two critical sections, with a gap between them.
func (a *account) withdrawSplit(amount int) bool {
	a.mu.Lock()
	enough := a.balance >= amount // critical section 1: the check
	a.mu.Unlock()
	if !enough {
		return false
	}
	time.Sleep(10 * time.Millisecond) // the gap: others run here
	a.mu.Lock()
	a.balance -= amount // critical section 2: the action
	a.mu.Unlock()
	return true
}

// withdraw: one critical section from the check to the action.
func (a *account) withdraw(amount int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < amount {
		return false
	}
	time.Sleep(10 * time.Millisecond) // the same thinking, but nobody can get in
	a.balance -= amount
	return true
}

// run lets five customers withdraw 100 at once and reports the result.
func run(name string, a *account, withdraw func(*account, int) bool) {
	var wg sync.WaitGroup
	var mu sync.Mutex // guards approved
	approved := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if withdraw(a, 100) {
				mu.Lock()
				approved++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Printf("%s: %d of 5 withdrawals approved, balance %d\n", name, approved, a.balance)
}

func main() {
	run("A, check and act locked apart", &account{balance: 100}, (*account).withdrawSplit)
	run("B, check and act locked together", &account{balance: 100}, (*account).withdraw)
}

// Output:
// A, check and act locked apart: 5 of 5 withdrawals approved, balance -400
// B, check and act locked together: 1 of 5 withdrawals approved, balance 0
